import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validateSessionToken } from '../src/auth/sessions.js'
import { instantToLocal, shiftDate } from '../src/availability/local-time.js'
import { listAvailableSlots, loadBookableDoctor } from '../src/availability/service.js'
import { createServices, defaultApiConfig, fixedClock, type Services } from '../src/index.js'
import { readSettings } from '../src/settings/service.js'
import { callerFor } from './support/callers.js'
import { openAllWeek, testSettings } from './support/schedule.js'
import { startSmtpCapture } from './support/smtp.js'
import { buildWorld, unique, type World } from './support/world.js'

const HOUR = 3_600_000
// 23:59 in Hà Nội: "today" ends a minute after this clock
const now = new Date('2026-12-09T16:59:00Z')
const today = (days = 0) => shiftDate(instantToLocal(now, 'Asia/Ho_Chi_Minh').date, days)

describe('doctor deactivation by hospital staff', () => {
  let db: Database
  let world: World
  let smtp: Awaited<ReturnType<typeof startSmtpCapture>>
  let services: Services
  let staff: Awaited<ReturnType<typeof callerFor>>
  let otherStaff: Awaited<ReturnType<typeof callerFor>>
  let anonymous: Awaited<ReturnType<typeof callerFor>>
  let offset = 0

  /** an approved doctor at hospital A with 30-minute slots all week, and a signed-in session */
  async function newDoctor(lastName: string, withSlots = true) {
    const user = await db.prisma.user.create({
      data: { role: 'doctor', email: `${unique('doc')}@deactivate.test`, firstName: 'Minh', lastName },
    })
    const doctor = await db.prisma.doctor.create({
      data: {
        userId: user.id,
        hospitalId: world.hospitalA.id,
        licenseNumber: unique('LIC'),
        consultationFee: 300_000,
        status: 'approved',
        specialties: { create: [{ specialtyId: world.specialty.id }] },
      },
    })
    if (withSlots) {
      const days = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const
      await db.prisma.doctorAvailabilitySlot.createMany({
        data: days.flatMap((day) =>
          ['08:00', '08:30', '09:00', '09:30'].map((startTime, i) => ({
            doctorId: doctor.id,
            day,
            startTime,
            endTime: ['08:30', '09:00', '09:30', '10:00'][i] as string,
            type: 'in_person' as const,
          })),
        ),
      })
    }
    return { doctor, user, session: await world.sessionFor(user.id) }
  }

  /** a scheduled in-person appointment of the world's patient, `hoursAhead` from now (distinct each call) */
  async function appointmentWith(doctorId: string, hoursAhead: number, extra: { familyMemberId?: string } = {}) {
    offset += 1
    const startsAt = new Date(Math.floor((now.getTime() + hoursAhead * HOUR) / 60_000) * 60_000 + offset * 1000)
    return db.prisma.appointment.create({
      data: {
        patientId: world.patient.id,
        doctorId,
        hospitalId: world.hospitalA.id,
        appointmentDate: new Date(`${instantToLocal(startsAt, 'Asia/Ho_Chi_Minh').date}T00:00:00Z`),
        startsAt,
        endsAt: new Date(startsAt.getTime() + 30 * 60_000),
        type: 'in_person',
        queueNumber: offset,
        ...extra,
      },
    })
  }

  beforeAll(async () => {
    db = await createTestDatabase()
    world = await buildWorld(db.prisma)
    await openAllWeek(db.prisma, world.hospitalA.id, world.doctor.id)
    await testSettings(db.prisma)
    smtp = await startSmtpCapture()
    services = createServices(defaultApiConfig({ smtpUrl: smtp.url }), { clock: fixedClock(now) })
    staff = await callerFor(db.prisma, services, await world.sessionFor(world.users.staff.id))
    otherStaff = await callerFor(db.prisma, services, await world.sessionFor(world.users.otherStaff.id))
    anonymous = await callerFor(db.prisma, services)
  })
  afterAll(async () => {
    await smtp?.close()
    await db?.close()
  })

  it('previews the future appointments, and which clash with the target doctor', async () => {
    const leaving = await newDoctor('Rời')
    const target = await newDoctor('Nhận')
    const child = await world.familyMemberOfPatient()
    const first = await appointmentWith(leaving.doctor.id, 30)
    const second = await appointmentWith(leaving.doctor.id, 60, { familyMemberId: child.id })
    await appointmentWith(leaving.doctor.id, -30) // past: not listed
    // the target has a visit overlapping the second
    await db.prisma.appointment.create({
      data: {
        patientId: world.patient.id,
        doctorId: target.doctor.id,
        hospitalId: world.hospitalA.id,
        appointmentDate: second.appointmentDate,
        startsAt: new Date(second.startsAt.getTime() + 10 * 60_000),
        endsAt: new Date(second.startsAt.getTime() + 40 * 60_000),
        type: 'online',
      },
    })

    const plain = await staff.myHospital.deactivationPreview({ doctorId: leaving.doctor.id })
    expect(plain).toMatchObject({ doctorName: 'Rời Minh', target: null, clashCount: 0 })
    expect(plain.appointments.map((a) => [a.id, a.patientName, a.type, a.clashes])).toEqual([
      [first.id, 'Test patient', 'in_person', false],
      [second.id, 'Test Bé', 'in_person', false],
    ])

    const withTarget = await staff.myHospital.deactivationPreview({
      doctorId: leaving.doctor.id,
      reassignToDoctorId: target.doctor.id,
    })
    expect(withTarget.target).toEqual({ id: target.doctor.id, name: 'Nhận Minh' })
    expect(withTarget.clashCount).toBe(1)
    expect(withTarget.appointments.map((a) => a.clashes)).toEqual([false, true])

    // refusing the clash changes nothing at all
    await expect(
      staff.myHospital.deactivateDoctor({
        doctorId: leaving.doctor.id,
        futureAppointments: 'reassign',
        reassignToDoctorId: target.doctor.id,
        reason: 'Nghỉ việc',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('1 of') })
    const untouched = await db.prisma.appointment.findMany({
      where: { id: { in: [first.id, second.id] } },
      select: { doctorId: true, status: true },
    })
    expect(untouched).toEqual([
      { doctorId: leaving.doctor.id, status: 'scheduled' },
      { doctorId: leaving.doctor.id, status: 'scheduled' },
    ])
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: leaving.user.id } })).status).toBe('active')
    expect(await db.prisma.activityLog.count({ where: { action: 'deactivate_doctor' } })).toBe(0)
  })

  it('cancel: every future appointment cancelled with the reason, patients told, account inactive and hidden', async () => {
    const leaving = await newDoctor('Huỷ')
    const a = await appointmentWith(leaving.doctor.id, 26)
    const b = await appointmentWith(leaving.doctor.id, 50)
    const past = await appointmentWith(leaving.doctor.id, -5)
    await db.prisma.waitlistEntry.create({
      data: {
        patientId: world.patient.id,
        doctorId: leaving.doctor.id,
        date: new Date('2031-03-03'),
        type: 'in_person',
      },
    })
    expect((await anonymous.doctors.search({ query: 'Huỷ Minh' })).items).toHaveLength(1)

    const result = await staff.myHospital.deactivateDoctor({
      doctorId: leaving.doctor.id,
      futureAppointments: 'cancel',
      reason: 'Bác sĩ nghỉ phép dài hạn',
    })
    expect(result).toEqual({ doctorId: leaving.doctor.id, accountStatus: 'inactive', cancelled: 2, reassigned: 0 })

    const rows = await db.prisma.appointment.findMany({
      where: { doctorId: leaving.doctor.id },
      orderBy: { startsAt: 'asc' },
      select: { id: true, status: true, cancelledBy: true, cancellationReason: true },
    })
    expect(rows).toEqual([
      { id: past.id, status: 'scheduled', cancelledBy: null, cancellationReason: null },
      { id: a.id, status: 'cancelled', cancelledBy: 'hospital', cancellationReason: 'Bác sĩ nghỉ phép dài hạn' },
      { id: b.id, status: 'cancelled', cancelledBy: 'hospital', cancellationReason: 'Bác sĩ nghỉ phép dài hạn' },
    ])
    const notes = await db.prisma.notification.findMany({
      where: { relatedToId: { in: [a.id, b.id] } },
      select: { type: true, deliveryStatus: true, message: true },
    })
    expect(notes).toHaveLength(2)
    expect(notes.every((n) => n.type === 'appointment_cancelled' && n.deliveryStatus === 'sent')).toBe(true)
    expect(notes[0]?.message).toContain('Bác sĩ nghỉ phép dài hạn')
    expect((await smtp.lastMailTo('patient@world.test')).subject).toContain('cancelled')

    // the account: inactive, sessions gone, out of search, availability and booking
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: leaving.user.id } })).status).toBe('inactive')
    expect(await validateSessionToken(db.prisma, leaving.session)).toBeNull()
    expect(await db.prisma.session.count({ where: { userId: leaving.user.id } })).toBe(0)
    expect((await anonymous.doctors.search({ query: 'Huỷ Minh' })).items).toHaveLength(0)
    await expect(anonymous.doctors.get({ id: leaving.doctor.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(
      anonymous.availability.slots({ doctorId: leaving.doctor.id, from: today(1), to: today(7) }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await db.prisma.waitlistEntry.count({ where: { doctorId: leaving.doctor.id, status: 'waiting' } })).toBe(0)

    const [entry] = (await db.prisma.activityLog.findMany({
      where: { action: 'deactivate_doctor' },
      orderBy: { id: 'desc' },
      take: 1,
    })) as Array<{ userId: string | null; details: Record<string, unknown> }>
    expect(entry?.userId).toBe(world.users.staff.id)
    expect(entry?.details).toMatchObject({
      doctorId: leaving.doctor.id,
      futureAppointments: 'cancel',
      reason: 'Bác sĩ nghỉ phép dài hạn',
      appointmentIds: [a.id, b.id],
    })

    // a second deactivation is refused; reactivation brings the doctor back to search
    await expect(
      staff.myHospital.deactivateDoctor({ doctorId: leaving.doctor.id, futureAppointments: 'cancel', reason: 'Lại' }),
    ).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' })
    await expect(otherStaff.myHospital.reactivateDoctor({ doctorId: leaving.doctor.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    const back = await staff.myHospital.reactivateDoctor({ doctorId: leaving.doctor.id })
    expect(back.accountStatus).toBe('active')
    expect((await anonymous.doctors.search({ query: 'Huỷ Minh' })).items).toHaveLength(1)
    expect(await db.prisma.activityLog.count({ where: { action: 'reactivate_doctor' } })).toBe(1)
  })

  it('reassign: every future appointment moves to the other doctor at the same time, patients told of the new doctor', async () => {
    const leaving = await newDoctor('Chuyển')
    const target = await newDoctor('Tiếp')
    const a = await appointmentWith(leaving.doctor.id, 28)
    const b = await appointmentWith(leaving.doctor.id, 52)
    const existing = await appointmentWith(target.doctor.id, 100)

    const result = await staff.myHospital.deactivateDoctor({
      doctorId: leaving.doctor.id,
      futureAppointments: 'reassign',
      reassignToDoctorId: target.doctor.id,
      reason: 'Chuyển công tác',
    })
    expect(result).toMatchObject({ cancelled: 0, reassigned: 2 })
    const moved = await db.prisma.appointment.findMany({
      where: { id: { in: [a.id, b.id] } },
      orderBy: { startsAt: 'asc' },
      select: { doctorId: true, status: true, startsAt: true, queueNumber: true },
    })
    expect(moved.map((m) => [m.doctorId, m.status, m.startsAt])).toEqual([
      [target.doctor.id, 'scheduled', a.startsAt],
      [target.doctor.id, 'scheduled', b.startsAt],
    ])
    expect(moved.every((m) => m.queueNumber !== null)).toBe(true)
    expect(await db.prisma.appointment.count({ where: { doctorId: target.doctor.id } })).toBe(3)
    expect(existing.doctorId).toBe(target.doctor.id)
    const notes = await db.prisma.notification.findMany({ where: { relatedToId: { in: [a.id, b.id] } } })
    expect(notes.map((n) => n.type)).toEqual(['appointment_rescheduled', 'appointment_rescheduled'])
    expect(notes[0]?.message).toContain('Tiếp Minh')
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: leaving.user.id } })).status).toBe('inactive')
  })

  it('the target must be an approved, active doctor of the same hospital; other hospitals see nothing', async () => {
    const leaving = await newDoctor('Kiểm')
    const pendingUser = await db.prisma.user.create({
      data: { role: 'doctor', email: `${unique('pending')}@deactivate.test`, firstName: 'Chờ', lastName: 'Duyệt' },
    })
    const pending = await db.prisma.doctor.create({
      data: {
        userId: pendingUser.id,
        hospitalId: world.hospitalA.id,
        licenseNumber: unique('LIC'),
        consultationFee: 1,
      },
    })
    await expect(
      staff.myHospital.deactivateDoctor({
        doctorId: leaving.doctor.id,
        futureAppointments: 'reassign',
        reassignToDoctorId: pending.id,
        reason: 'Nghỉ',
      }),
    ).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' })
    await expect(
      staff.myHospital.deactivateDoctor({
        doctorId: leaving.doctor.id,
        futureAppointments: 'reassign',
        reason: 'Nghỉ',
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    await expect(otherStaff.myHospital.deactivationPreview({ doctorId: leaving.doctor.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    await expect(
      otherStaff.myHospital.deactivateDoctor({
        doctorId: leaving.doctor.id,
        futureAppointments: 'cancel',
        reason: 'X y z',
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: leaving.user.id } })).status).toBe('active')
  })

  it('a deactivation racing bookings never leaves an active appointment on an inactive doctor', async () => {
    const patientCaller = await callerFor(db.prisma, services, await world.sessionFor(world.users.patient.id))
    for (let round = 0; round < 6; round++) {
      const racing = await newDoctor(`Đua${round}`)
      const slots = await listAvailableSlots(
        db.prisma,
        await loadBookableDoctor(db.prisma, racing.doctor.id),
        { from: today(1), to: today(3) },
        await readSettings(db.prisma),
        now,
      )
      const bookings = slots
        .slice(0, 4)
        .map((slot, i) =>
          new Promise((resolve) => setTimeout(resolve, i * round)).then(() =>
            patientCaller.appointments.book({ doctorId: racing.doctor.id, startsAt: slot.startsAt, type: 'in_person' }),
          ),
        )
      const deactivation = new Promise((resolve) => setTimeout(resolve, round * 2)).then(() =>
        staff.myHospital.deactivateDoctor({
          doctorId: racing.doctor.id,
          futureAppointments: 'cancel',
          reason: 'Cuộc đua',
        }),
      )
      const settled = await Promise.allSettled([deactivation, ...bookings])
      expect(settled[0]?.status).toBe('fulfilled')
      for (const booking of settled.slice(1)) {
        if (booking.status === 'rejected') expect((booking.reason as { code?: string }).code).toBe('NOT_FOUND')
      }
      const user = await db.prisma.user.findUniqueOrThrow({ where: { id: racing.user.id } })
      expect(user.status).toBe('inactive')
      expect(await db.prisma.appointment.count({ where: { doctorId: racing.doctor.id, status: 'scheduled' } })).toBe(0)
    }
  })
})
