import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { instantToLocal, shiftDate } from '../src/availability/local-time.js'
import { createServices, defaultApiConfig, fixedClock } from '../src/index.js'
import { callerFor } from './support/callers.js'
import { PINNED_INSTANTS } from './support/clock.js'
import { openAllWeek, testSettings } from './support/schedule.js'
import { buildWorld, type World } from './support/world.js'

const ZONE = 'Asia/Ho_Chi_Minh'

describe.each(PINNED_INSTANTS)('availability and booking at $name', ({ at }) => {
  const now = new Date(at)
  const services = createServices(defaultApiConfig(), { clock: fixedClock(now) })
  let db: Database
  let world: World
  let patient: Awaited<ReturnType<typeof callerFor>>
  let staff: Awaited<ReturnType<typeof callerFor>>
  let tomorrow: string

  beforeAll(async () => {
    db = await createTestDatabase()
    world = await buildWorld(db.prisma)
    await openAllWeek(db.prisma, world.hospitalA.id, world.doctor.id)
    await testSettings(db.prisma)
    patient = await callerFor(db.prisma, services, await world.sessionFor(world.users.patient.id))
    staff = await callerFor(db.prisma, services, await world.sessionFor(world.users.staff.id))
    tomorrow = shiftDate(instantToLocal(now, ZONE).date, 1)
  })
  afterAll(async () => {
    await db?.close()
  })

  const slotsOn = async (date: string) => {
    const anonymous = await callerFor(db.prisma, services)
    return (await anonymous.availability.slots({ doctorId: world.doctor.id, from: date, to: date })).slots
  }

  it('turns the weekly template into UTC instants read in the hospital time zone', async () => {
    const slots = await slotsOn(tomorrow)
    expect(slots).toHaveLength(24)
    expect(slots[0]).toMatchObject({ date: tomorrow, startTime: '07:00', endTime: '07:30', type: 'in_person' })
    // 07:00 in Hồ Chí Minh City (UTC+7) is 00:00 UTC
    expect(slots[0]?.startsAt.toISOString()).toBe(`${tomorrow}T00:00:00.000Z`)
  })

  it('reads the same template in another zone at that zone’s wall-clock time', async () => {
    await db.prisma.hospital.update({ where: { id: world.hospitalA.id }, data: { timeZone: 'Asia/Tokyo' } })
    const slots = await slotsOn(tomorrow)
    await db.prisma.hospital.update({ where: { id: world.hospitalA.id }, data: { timeZone: ZONE } })
    expect(slots[0]?.startTime).toBe('07:00')
    // 07:00 in Tokyo (UTC+9) is 22:00 UTC the day before
    expect(slots[0]?.startsAt.toISOString()).toBe(`${shiftDate(tomorrow, -1)}T22:00:00.000Z`)
  })

  it('drops public holidays, days off, partial closures and hours outside opening', async () => {
    const day = shiftDate(tomorrow, 1)
    await testSettings(db.prisma, { 'calendar.publicHolidays': [day] })
    expect(await slotsOn(day)).toHaveLength(0)
    await testSettings(db.prisma)

    await db.prisma.scheduleException.create({
      data: {
        hospitalId: world.hospitalA.id,
        doctorId: world.doctor.id,
        date: new Date(`${day}T00:00:00Z`),
        reason: 'Nghỉ phép',
      },
    })
    expect(await slotsOn(day)).toHaveLength(0)

    const later = shiftDate(tomorrow, 2)
    await db.prisma.scheduleException.create({
      data: {
        hospitalId: world.hospitalA.id,
        date: new Date(`${later}T00:00:00Z`),
        startTime: '12:00',
        endTime: '14:00',
      },
    })
    const afternoon = await slotsOn(later)
    expect(afternoon).toHaveLength(20)
    expect(afternoon.some((slot) => slot.startTime >= '12:00' && slot.startTime < '14:00')).toBe(false)

    await db.prisma.hospitalOperatingHours.updateMany({
      where: { hospitalId: world.hospitalA.id },
      data: { closeTime: '12:00' },
    })
    const clipped = await slotsOn(tomorrow)
    await db.prisma.hospitalOperatingHours.updateMany({
      where: { hospitalId: world.hospitalA.id },
      data: { closeTime: '19:00' },
    })
    expect(clipped.at(-1)?.endTime).toBe('12:00')
  })

  it('books the slot, numbers the queue in booking order, and takes the slot out of availability', async () => {
    const [first, second] = await slotsOn(tomorrow)
    if (!first || !second) throw new Error('no slots')
    const later = await patient.appointments.book({
      doctorId: world.doctor.id,
      startsAt: second.startsAt,
      type: 'in_person',
    })
    const earlier = await patient.appointments.book({
      doctorId: world.doctor.id,
      startsAt: first.startsAt,
      type: 'in_person',
      reasonForVisit: 'Đau ngực',
      symptoms: ['đau ngực', 'khó thở'],
    })
    const day = await db.prisma.appointment.findMany({
      where: { doctorId: world.doctor.id, appointmentDate: new Date(`${tomorrow}T00:00:00Z`) },
      orderBy: { createdAt: 'asc' },
    })
    const numbers = day.map((a) => a.queueNumber)
    expect(numbers).toEqual(numbers.map((_, i) => i + 1))
    expect(earlier.queueNumber).toBe((later.queueNumber ?? 0) + 1)
    expect(earlier).toMatchObject({
      appointmentDate: tomorrow,
      timeSlot: { startTime: '07:00', endTime: '07:30' },
      status: 'scheduled',
    })
    expect((await slotsOn(tomorrow)).map((s) => s.startTime)).not.toContain('07:00')
    const confirmation = await db.prisma.notification.findFirst({
      where: { relatedToId: earlier.id, type: 'appointment_confirmation' },
    })
    expect(confirmation?.deliveryStatus).toBe('sent')
  })

  it('returns the same appointment for a retried request with the same idempotency key', async () => {
    const slot = (await slotsOn(tomorrow))[0]
    if (!slot) throw new Error('no slots')
    const request = {
      doctorId: world.doctor.id,
      startsAt: slot.startsAt,
      type: 'in_person' as const,
      idempotencyKey: 'retry-key-0001',
    }
    const first = await patient.appointments.book(request)
    const again = await patient.appointments.book(request)
    expect(again.id).toBe(first.id)
    expect(await db.prisma.appointment.count({ where: { idempotencyKey: 'retry-key-0001' } })).toBe(1)
  })

  it('answers a taken slot with CONFLICT and the next free slots; the database refuses a second active row', async () => {
    const slot = (await slotsOn(tomorrow))[0]
    if (!slot) throw new Error('no slots')
    await patient.appointments.book({ doctorId: world.doctor.id, startsAt: slot.startsAt, type: 'in_person' })
    const other = await callerFor(db.prisma, services, await world.sessionFor(world.users.otherPatient.id))
    const error = await other.appointments
      .book({ doctorId: world.doctor.id, startsAt: slot.startsAt, type: 'in_person' })
      .catch((e: { code: string; cause?: { details?: { nextSlots?: unknown[] } } }) => e)
    expect(error).toMatchObject({ code: 'CONFLICT' })
    expect((error as { cause?: { details?: { nextSlots?: unknown[] } } }).cause?.details?.nextSlots).toHaveLength(3)

    const existing = await db.prisma.appointment.findFirstOrThrow({
      where: { startsAt: slot.startsAt, status: 'scheduled' },
    })
    const { id: _id, createdAt: _c, updatedAt: _u, queueNumber: _q, idempotencyKey: _k, ...copy } = existing
    await expect(
      db.prisma.appointment.create({ data: { ...copy, queueNumber: null, type: 'in_person' } as never }),
    ).rejects.toMatchObject({
      code: 'P2002',
    })
  })

  it('refuses slots inside the minimum notice, unknown doctors and other people’s family members', async () => {
    const soon = new Date(now.getTime() + 30 * 60_000)
    await expect(
      patient.appointments.book({ doctorId: world.doctor.id, startsAt: soon, type: 'in_person' }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    })
    const slot = (await slotsOn(tomorrow))[0]
    if (!slot) throw new Error('no slots')
    await expect(
      patient.appointments.book({
        doctorId: '00000000-0000-7000-8000-000000000000',
        startsAt: slot.startsAt,
        type: 'in_person',
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
    const strangerChild = await db.prisma.familyMember.create({
      data: {
        patientId: (await db.prisma.patient.findUniqueOrThrow({ where: { userId: world.users.otherPatient.id } })).id,
        relationship: 'child',
        firstName: 'Bé',
        lastName: 'Lạ',
      },
    })
    await expect(
      patient.appointments.book({
        doctorId: world.doctor.id,
        startsAt: slot.startsAt,
        type: 'in_person',
        familyMemberId: strangerChild.id,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('books for a family member on the patient’s account', async () => {
    const child = await world.familyMemberOfPatient()
    const slot = (await slotsOn(tomorrow))[0]
    if (!slot) throw new Error('no slots')
    const booked = await patient.appointments.book({
      doctorId: world.doctor.id,
      startsAt: slot.startsAt,
      type: 'in_person',
      familyMemberId: child.id,
    })
    expect(booked.familyMember).toMatchObject({ id: child.id, relationship: 'child' })
    const mine = await patient.appointments.mine({ when: 'upcoming', limit: 50 })
    expect(mine.items.map((a) => a.id)).toContain(booked.id)
  })

  it('cancelling frees the slot at once; patients are held to the cutoff, staff are not', async () => {
    const slot = (await slotsOn(tomorrow))[0]
    if (!slot) throw new Error('no slots')
    const booked = await patient.appointments.book({
      doctorId: world.doctor.id,
      startsAt: slot.startsAt,
      type: 'in_person',
    })
    const cancelled = await patient.appointments.cancel({ appointmentId: booked.id, reason: 'Bận việc đột xuất' })
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      cancelledBy: 'patient',
      cancellationReason: 'Bận việc đột xuất',
    })
    expect((await slotsOn(tomorrow))[0]?.startsAt).toEqual(slot.startsAt)
    await expect(patient.appointments.cancel({ appointmentId: booked.id, reason: 'again' })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
    })

    await testSettings(db.prisma, { 'booking.cancellationCutoffHours': 72 })
    const close = await patient.appointments.book({
      doctorId: world.doctor.id,
      startsAt: slot.startsAt,
      type: 'in_person',
    })
    await expect(patient.appointments.cancel({ appointmentId: close.id, reason: 'Quá sát giờ' })).rejects.toMatchObject(
      {
        code: 'PRECONDITION_FAILED',
      },
    )
    const byHospital = await staff.appointments.cancel({ appointmentId: close.id, reason: 'Bác sĩ đi công tác' })
    expect(byHospital.cancelledBy).toBe('hospital')
    await testSettings(db.prisma)
  })

  it('reschedules in one step: the new appointment links the old, which frees its slot', async () => {
    const [a, b] = await slotsOn(shiftDate(tomorrow, 3))
    if (!a || !b) throw new Error('no slots')
    const original = await patient.appointments.book({
      doctorId: world.doctor.id,
      startsAt: a.startsAt,
      type: 'in_person',
    })
    const moved = await patient.appointments.reschedule({
      appointmentId: original.id,
      startsAt: b.startsAt,
      idempotencyKey: 'move-0001',
    })
    const retried = await patient.appointments.reschedule({
      appointmentId: original.id,
      startsAt: b.startsAt,
      idempotencyKey: 'move-0001',
    })
    expect(retried.id).toBe(moved.id)
    expect(moved).toMatchObject({ rescheduledFromId: original.id, timeSlot: { startTime: b.startTime } })
    expect((await patient.appointments.get({ id: original.id })).status).toBe('rescheduled')
    expect((await slotsOn(shiftDate(tomorrow, 3))).map((s) => s.startTime)).toContain(a.startTime)
    await expect(
      patient.appointments.reschedule({ appointmentId: original.id, startsAt: a.startsAt }),
    ).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
    })
  })

  it('follows the state machine: outcomes only after the visit began, nothing after an outcome', async () => {
    const slot = (await slotsOn(tomorrow))[0]
    if (!slot) throw new Error('no slots')
    const booked = await patient.appointments.book({
      doctorId: world.doctor.id,
      startsAt: slot.startsAt,
      type: 'in_person',
    })
    await expect(staff.appointments.markCompleted({ id: booked.id })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
    })
    await db.prisma.appointment.update({
      where: { id: booked.id },
      data: { startsAt: new Date(now.getTime() - 3_600_000), endsAt: new Date(now.getTime() - 1_800_000) },
    })
    const done = await staff.appointments.markNoShow({ id: booked.id })
    expect(done.status).toBe('no_show')
    await expect(staff.appointments.markCompleted({ id: booked.id })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
    })
    await expect(staff.appointments.cancel({ appointmentId: booked.id, reason: 'too late' })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
    })
  })

  it('hides pending doctors and hospitals that are not active', async () => {
    await db.prisma.doctor.update({ where: { id: world.doctor.id }, data: { status: 'pending' } })
    const anonymous = await callerFor(db.prisma, services)
    await expect(
      anonymous.availability.slots({ doctorId: world.doctor.id, from: tomorrow, to: tomorrow }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    await db.prisma.doctor.update({ where: { id: world.doctor.id }, data: { status: 'approved' } })
    await db.prisma.hospital.update({ where: { id: world.hospitalA.id }, data: { status: 'inactive' } })
    await expect(
      anonymous.availability.slots({ doctorId: world.doctor.id, from: tomorrow, to: tomorrow }),
    ).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
    })
    await db.prisma.hospital.update({ where: { id: world.hospitalA.id }, data: { status: 'active' } })
  })
})
