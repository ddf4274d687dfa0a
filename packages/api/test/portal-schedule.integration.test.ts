import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { instantToLocal, shiftDate } from '../src/availability/local-time.js'
import { createServices, defaultApiConfig, fixedClock } from '../src/index.js'
import { callerFor } from './support/callers.js'
import { openAllWeek, testSettings } from './support/schedule.js'
import { buildWorld, type World } from './support/world.js'

// just after midnight in Hà Nội: "tomorrow" is a whole day ahead of this clock
const now = new Date('2026-12-06T17:05:00Z')
const services = createServices(defaultApiConfig(), { clock: fixedClock(now) })

describe('portal scheduling: day queue, walk-ins, templates and exceptions', () => {
  let db: Database
  let world: World
  let staff: Awaited<ReturnType<typeof callerFor>>
  let doctor: Awaited<ReturnType<typeof callerFor>>
  let patient: Awaited<ReturnType<typeof callerFor>>
  let tomorrow: string

  beforeAll(async () => {
    db = await createTestDatabase()
    world = await buildWorld(db.prisma)
    await openAllWeek(db.prisma, world.hospitalA.id, world.doctor.id)
    await testSettings(db.prisma)
    staff = await callerFor(db.prisma, services, await world.sessionFor(world.users.staff.id))
    doctor = await callerFor(db.prisma, services, await world.sessionFor(world.users.doctor.id))
    patient = await callerFor(db.prisma, services, await world.sessionFor(world.users.patient.id))
    tomorrow = shiftDate(instantToLocal(now, 'Asia/Ho_Chi_Minh').date, 1)
  })
  afterAll(async () => {
    await db?.close()
  })

  const slotsTomorrow = async () =>
    (
      await (
        await callerFor(db.prisma, services)
      ).availability.slots({ doctorId: world.doctor.id, from: tomorrow, to: tomorrow })
    ).slots

  it('staff book a walk-in by phone; the day view shows the queue in order with no-show counts', async () => {
    const [first, second] = await slotsTomorrow()
    if (!first || !second) throw new Error('no slots')
    await patient.appointments.book({ doctorId: world.doctor.id, startsAt: second.startsAt, type: 'in_person' })
    const walkIn = await staff.appointments.bookWalkIn({
      doctorId: world.doctor.id,
      startsAt: first.startsAt,
      phoneNumber: '0987 654 321',
      firstName: 'Tư',
      lastName: 'Đặng',
      reasonForVisit: 'Sốt',
    })
    expect(walkIn).toMatchObject({ patient: { name: 'Đặng Tư' }, queueNumber: 2 })
    const walkInUser = await db.prisma.user.findUniqueOrThrow({ where: { phoneNumber: '+84987654321' } })
    expect(walkInUser).toMatchObject({ role: 'patient', password: null, verificationStatus: false })

    const past = await world.appointmentOfPatient('past')
    await db.prisma.appointment.update({ where: { id: past.id }, data: { status: 'no_show' } })

    const day = await staff.schedule.appointments({ from: tomorrow, to: tomorrow })
    expect(day.appointments.map((a) => [a.startTime, a.queueNumber, a.visitor.name])).toEqual([
      [first.startTime, 2, 'Đặng Tư'],
      [second.startTime, 1, 'Test patient'],
    ])
    expect(day.appointments[1]?.patient.noShowCount).toBe(1)
    // no record written yet; the patient came for themselves
    expect(day.appointments.map((a) => [a.hasRecord, a.visitor.familyMemberId])).toEqual([
      [false, null],
      [false, null],
    ])
    expect(day.doctors.map((d) => d.id)).toEqual([world.doctor.id])
    const own = await doctor.schedule.appointments({ from: tomorrow, to: tomorrow })
    expect(own.appointments).toHaveLength(2)
    await expect(doctor.schedule.appointments({ from: tomorrow, to: shiftDate(tomorrow, 9) })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    })
    const detached = await db.prisma.user.create({
      data: { role: 'hospital', email: 'no-hospital@world.test', firstName: 'Chưa', lastName: 'Gắn' },
    })
    const unattached = await callerFor(db.prisma, services, await world.sessionFor(detached.id))
    await expect(unattached.schedule.appointments({ from: tomorrow, to: tomorrow })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
  })

  it('a walk-in record is claimed by signing up with the same phone', async () => {
    const anonymous = await callerFor(db.prisma, services)
    await anonymous.auth.signUp({
      identifier: '0987654321',
      password: 'Tu-dang-2026!',
      firstName: 'Tư',
      lastName: 'Đặng',
    })
    const user = await db.prisma.user.findUniqueOrThrow({ where: { phoneNumber: '+84987654321' } })
    expect(user.password).toMatch(/^\$argon2id\$/)
    expect(user.otp).not.toBeNull()
  })

  it('staff and the doctor replace the weekly template; overlaps are refused', async () => {
    await expect(
      staff.doctorSchedules.setWeeklySlots({
        doctorId: world.doctor.id,
        slots: [
          { day: 'monday', startTime: '08:00', endTime: '09:00', type: 'in_person' },
          { day: 'monday', startTime: '08:30', endTime: '09:30', type: 'in_person' },
        ],
        onlineHours: [],
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    const schedule = await doctor.doctorSchedules.setWeeklySlots({
      doctorId: world.doctor.id,
      slots: (['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const).flatMap(
        (day) => [
          { day, startTime: '08:00', endTime: '08:30', type: 'in_person' as const },
          { day, startTime: '20:00', endTime: '20:30', type: 'online' as const },
        ],
      ),
      onlineHours: [{ day: 'monday', startTime: '19:00', endTime: '22:00' }],
    })
    expect(schedule.weeklySlots).toHaveLength(14)
    const types = new Set((await slotsTomorrow()).map((slot) => slot.type))
    expect(types.has('in_person')).toBe(true)
  })

  it('exceptions close a doctor’s day or the whole hospital, and can be removed', async () => {
    const day = shiftDate(tomorrow, 3)
    const anonymous = await callerFor(db.prisma, services)
    const before = (await anonymous.availability.slots({ doctorId: world.doctor.id, from: day, to: day })).slots.length
    expect(before).toBeGreaterThan(0)
    const closure = await staff.doctorSchedules.addException({ date: day, reason: 'Quốc khánh' })
    expect((await anonymous.availability.slots({ doctorId: world.doctor.id, from: day, to: day })).slots).toHaveLength(
      0,
    )
    await expect(doctor.doctorSchedules.addException({ date: day })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await staff.doctorSchedules.removeException({ id: closure.id })
    expect((await anonymous.availability.slots({ doctorId: world.doctor.id, from: day, to: day })).slots).toHaveLength(
      before,
    )
    const dayOff = await doctor.doctorSchedules.addException({
      doctorId: world.doctor.id,
      date: day,
      reason: 'Hội nghị',
    })
    expect((await doctor.doctorSchedules.get({ doctorId: world.doctor.id })).exceptions.map((e) => e.id)).toContain(
      dayOff.id,
    )
  })
})
