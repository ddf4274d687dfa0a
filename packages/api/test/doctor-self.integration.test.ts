import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServices, defaultApiConfig, fixedClock } from '../src/index.js'
import { callerFor } from './support/callers.js'
import { buildWorld, unique, type World } from './support/world.js'

// a pinned instant: the list's upcoming/past split and its ages read this clock
const now = new Date('2026-12-09T16:59:00Z')
const services = createServices(defaultApiConfig(), { clock: fixedClock(now) })
const HOUR = 3_600_000
const DAY = 24 * HOUR

describe('a doctor on their own profile and patients', () => {
  let db: Database
  let world: World
  let doctor: Awaited<ReturnType<typeof callerFor>>
  let anonymous: Awaited<ReturnType<typeof callerFor>>
  let otherDoctorId: string
  let slot = 0

  /** an appointment at hospital A on a distinct hour, `days` from now */
  const appointment = async (data: {
    patientId: string
    doctorId?: string
    familyMemberId?: string
    days: number
    status?: 'scheduled' | 'completed' | 'cancelled' | 'no_show'
  }) => {
    slot += 1
    const startsAt = new Date(now.getTime() + data.days * DAY + slot * HOUR)
    return db.prisma.appointment.create({
      data: {
        patientId: data.patientId,
        familyMemberId: data.familyMemberId,
        doctorId: data.doctorId ?? world.doctor.id,
        hospitalId: world.hospitalA.id,
        appointmentDate: new Date(startsAt.toISOString().slice(0, 10)),
        startsAt,
        endsAt: new Date(startsAt.getTime() + 30 * 60_000),
        type: 'online',
        status: data.status ?? 'scheduled',
        cancelledBy: data.status === 'cancelled' ? 'patient' : null,
      },
    })
  }

  const newPatient = async (firstName: string, lastName: string, dateOfBirth?: string) => {
    const user = await db.prisma.user.create({
      data: {
        role: 'patient',
        email: `${unique('p')}@self.test`,
        firstName,
        lastName,
        dateOfBirth: dateOfBirth ? new Date(dateOfBirth) : null,
      },
    })
    return db.prisma.patient.create({ data: { userId: user.id } })
  }

  beforeAll(async () => {
    db = await createTestDatabase()
    world = await buildWorld(db.prisma)
    doctor = await callerFor(db.prisma, services, await world.sessionFor(world.users.doctor.id))
    anonymous = await callerFor(db.prisma, services)
    const otherUser = await db.prisma.user.create({
      data: { role: 'doctor', email: `${unique('other')}@self.test`, firstName: 'Khác', lastName: 'Bác sĩ' },
    })
    otherDoctorId = (
      await db.prisma.doctor.create({
        data: {
          userId: otherUser.id,
          hospitalId: world.hospitalA.id,
          licenseNumber: unique('LIC'),
          consultationFee: 200_000,
          status: 'approved',
        },
      })
    ).id
  })
  afterAll(async () => {
    await db?.close()
  })

  it('edits biography, languages and qualifications only, logs it, and patients see it on the public profile', async () => {
    const before = await doctor.doctorSelf.profile()
    expect(before.id).toBe(world.doctor.id)
    expect(before.hospital.id).toBe(world.hospitalA.id)

    const biography = 'Hơn 15 năm khám và điều trị bệnh tim mạch cho người lớn.'
    const saved = await doctor.doctorSelf.updateProfile({
      biography,
      languages: ['vi', 'en'],
      qualifications: [{ degree: 'Tiến sĩ Y khoa', institution: 'Đại học Y Hà Nội', year: 2012 }],
      // not the doctor's to change: dropped by the input schema
      consultationFee: 1,
      experience: 60,
    } as Parameters<typeof doctor.doctorSelf.updateProfile>[0])
    expect(saved).toMatchObject({ biography, languages: ['vi', 'en'], consultationFee: before.consultationFee })
    expect(saved.experience).toBe(before.experience)
    expect(saved.qualifications).toEqual([{ degree: 'Tiến sĩ Y khoa', institution: 'Đại học Y Hà Nội', year: 2012 }])

    const log = await db.prisma.activityLog.findFirstOrThrow({
      where: { userId: world.users.doctor.id, action: 'update_doctor' },
      orderBy: { timestamp: 'desc' },
    })
    expect(log.details).toMatchObject({ doctorId: world.doctor.id, by: 'self' })
    expect((log.details as { fields: string[] }).fields.sort()).toEqual(['biography', 'languages', 'qualifications'])

    const pub = await anonymous.doctors.get({ id: world.doctor.id })
    expect(pub.biography).toBe(biography)
    expect(pub.languages).toEqual(['vi', 'en'])

    await expect(doctor.doctorSelf.updateProfile({ languages: [] })).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    await expect(doctor.doctorSelf.updateProfile({ biography: 'x'.repeat(4001) })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    })
    const cleared = await doctor.doctorSelf.updateProfile({ biography: null })
    expect(cleared.biography).toBeNull()
  })

  it('lists the people the doctor sees, each family member on a row of their own, and nobody else’s', async () => {
    const an = await newPatient('Văn An', 'Nguyễn', '1980-03-15')
    const child = await db.prisma.familyMember.create({
      data: {
        patientId: an.id,
        relationship: 'child',
        firstName: 'Bảo',
        lastName: 'Nguyễn',
        dateOfBirth: new Date('2018-06-01'),
      },
    })
    const binh = await newPatient('Thị Bình', 'Trần')
    const cancelledOnly = await newPatient('Hủy', 'Chỉ')
    const elsewhere = await newPatient('Khác', 'Bệnh nhân')

    const anVisits = [
      await appointment({ patientId: an.id, days: -30, status: 'completed' }),
      await appointment({ patientId: an.id, days: -10, status: 'completed' }),
    ]
    const anNext = await appointment({ patientId: an.id, days: 5 })
    await appointment({ patientId: an.id, days: 2, status: 'cancelled' })
    await appointment({ patientId: an.id, familyMemberId: child.id, days: -3, status: 'completed' })
    await appointment({ patientId: binh.id, days: -20, status: 'no_show' })
    await appointment({ patientId: cancelledOnly.id, days: 3, status: 'cancelled' })
    await appointment({ patientId: elsewhere.id, doctorId: otherDoctorId, days: -2, status: 'completed' })

    const page = await doctor.doctorSelf.patients({ sort: 'name', direction: 'asc', limit: 20 })
    expect(page.total).toBe(3)
    expect(page.nextCursor).toBeNull()
    expect(page.items.map((row) => row.name)).toEqual(['Nguyễn Bảo', 'Nguyễn Văn An', 'Trần Thị Bình'])

    const self = page.items.find((row) => row.familyMemberId === null && row.patientId === an.id)
    expect(self).toMatchObject({ visits: 2, relationship: null, bookedBy: null })
    expect(self?.lastVisitAt?.getTime()).toBe(anVisits[1]?.startsAt.getTime())
    expect(self?.nextVisitAt?.getTime()).toBe(anNext.startsAt.getTime())
    expect(self?.age).toBeGreaterThanOrEqual(45)

    const kid = page.items.find((row) => row.familyMemberId === child.id)
    expect(kid).toMatchObject({ visits: 1, relationship: 'child', bookedBy: 'Nguyễn Văn An', nextVisitAt: null })
    expect(kid?.age).toBeLessThan(18)

    const noShow = page.items.find((row) => row.patientId === binh.id)
    expect(noShow).toMatchObject({ visits: 0, lastVisitAt: null, nextVisitAt: null, age: null })
  })

  it('searches without accents, sorts by any column and pages with a cursor', async () => {
    const found = await doctor.doctorSelf.patients({ query: 'nguyen an', limit: 20 })
    expect(found.items.map((row) => row.name)).toEqual(['Nguyễn Văn An'])
    expect(found.total).toBe(1)

    const byVisits = await doctor.doctorSelf.patients({ sort: 'visits', direction: 'desc', limit: 20 })
    expect(byVisits.items.map((row) => row.visits)).toEqual([2, 1, 0])

    const youngest = await doctor.doctorSelf.patients({ sort: 'age', direction: 'asc', limit: 20 })
    expect(youngest.items[0]?.name).toBe('Nguyễn Bảo')
    // unknown ages last, whichever the direction
    expect(youngest.items.at(-1)?.age).toBeNull()
    const oldest = await doctor.doctorSelf.patients({ sort: 'age', direction: 'desc', limit: 20 })
    expect(oldest.items.map((row) => row.name)).toEqual(['Nguyễn Văn An', 'Nguyễn Bảo', 'Trần Thị Bình'])

    const first = await doctor.doctorSelf.patients({ sort: 'name', direction: 'asc', limit: 2 })
    expect(first.items).toHaveLength(2)
    expect(first.total).toBe(3)
    expect(first.nextCursor).not.toBeNull()
    const second = await doctor.doctorSelf.patients({
      sort: 'name',
      direction: 'asc',
      limit: 2,
      cursor: first.nextCursor ?? undefined,
    })
    expect(second.items.map((row) => row.name)).toEqual(['Trần Thị Bình'])
    expect(second.nextCursor).toBeNull()
    expect(second.total).toBe(3)

    await expect(doctor.doctorSelf.patients({ cursor: 'not-a-cursor' })).rejects.toMatchObject({ code: 'BAD_REQUEST' })
  })

  it('is for doctors only', async () => {
    const staff = await callerFor(db.prisma, services, await world.sessionFor(world.users.staff.id))
    await expect(staff.doctorSelf.patients({})).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'This needs a doctor account',
    })
    await expect(anonymous.doctorSelf.profile()).rejects.toMatchObject({ code: 'UNAUTHORIZED' })
  })
})
