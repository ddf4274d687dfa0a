import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadBookingDoctor } from '../src/appointments/booking-doctor.js'
import { type BookingRequest, bookAppointment } from '../src/appointments/booking-service.js'
import { appointmentNotice } from '../src/appointments/notify.js'
import { appointmentSelect, toAppointment } from '../src/appointments/present.js'
import { instantToLocal, shiftDate } from '../src/availability/local-time.js'
import { listAvailableSlots, loadBookableDoctor } from '../src/availability/service.js'
import { readSettings } from '../src/settings/service.js'
import { openAllWeek, testSettings } from './support/schedule.js'
import { buildWorld, unique, type World } from './support/world.js'

// The new-booking path writes with two raw statements and answers from what it knows
// (insert-booking.ts); the doctor comes from one statement (booking-doctor.ts). Here every
// kind of new booking is checked against what the general path reads and writes: the
// answer equals a fresh read through appointmentSelect, the notification says what
// recordAppointmentNotification would, and the log, charges, totals and hold are written.

describe('the new-booking path matches the general one', () => {
  let db: Database
  let world: World
  const now = new Date()
  const zone = 'Asia/Ho_Chi_Minh'
  let slots: Date[] = []

  beforeAll(async () => {
    db = await createTestDatabase()
    world = await buildWorld(db.prisma)
    await openAllWeek(db.prisma, world.hospitalA.id, world.doctor.id)
    await db.prisma.doctorAvailabilitySlot.create({
      data: { doctorId: world.doctor.id, day: 'monday', startTime: '20:00', endTime: '20:30', type: 'online' },
    })
    await db.prisma.doctorOnlineHours.create({
      data: { doctorId: world.doctor.id, day: 'monday', startTime: '19:00', endTime: '22:00' },
    })
    await testSettings(db.prisma, { 'payments.prepayOnlineConsultations': true })
    const tomorrow = shiftDate(instantToLocal(now, zone).date, 1)
    const free = await listAvailableSlots(
      db.prisma,
      await loadBookableDoctor(db.prisma, world.doctor.id),
      { from: tomorrow, to: shiftDate(tomorrow, 7), type: 'in_person' },
      await readSettings(db.prisma),
      now,
    )
    slots = free.map((slot) => slot.startsAt)
  })
  afterAll(async () => {
    await db?.close()
  })

  const base = (): BookingRequest => ({
    patient: { id: world.patient.id },
    bookedById: world.users.patient.id,
    actor: { userId: world.users.patient.id, userRole: 'patient', ipAddress: '203.0.113.9', userAgent: 'vitest' },
    doctorId: world.doctor.id,
    startsAt: slots.shift() as Date,
    type: 'in_person',
    symptoms: [],
  })

  async function nextMondayOnline(): Promise<Date> {
    const settings = await readSettings(db.prisma)
    const today = instantToLocal(now, zone).date
    const online = await listAvailableSlots(
      db.prisma,
      await loadBookableDoctor(db.prisma, world.doctor.id),
      { from: today, to: shiftDate(today, 8), type: 'online' },
      settings,
      now,
    )
    const first = online[0]
    if (!first) throw new Error('no online slot')
    return first.startsAt
  }

  async function offer(price: number) {
    const service = await db.prisma.service.create({
      data: { name: unique('Xét nghiệm'), category: 'test', basePrice: price },
    })
    return db.prisma.hospitalService.create({
      data: { hospitalId: world.hospitalA.id, serviceId: service.id, price, isAvailable: true },
      select: { id: true },
    })
  }

  const cases: Array<[string, () => Promise<Partial<BookingRequest>>]> = [
    ['the patient, in person', async () => ({})],
    [
      'with a reason, symptoms and an idempotency key',
      async () => ({
        reasonForVisit: 'Đau đầu <b>',
        symptoms: ['sốt', 'ho'],
        idempotency: { key: unique('key'), fingerprint: 'f'.repeat(64) },
      }),
    ],
    ['a family member', async () => ({ familyMemberId: (await world.familyMemberOfPatient()).id })],
    [
      'with two services from the price list',
      async () => ({
        hospitalServiceIds: [(await offer(150_000)).id, (await offer(80_000)).id],
      }),
    ],
    ['online, held for its prepayment', async () => ({ type: 'online', startsAt: await nextMondayOnline() })],
    [
      'a walk-in registered by phone, by staff',
      async () => ({
        patient: {
          newWalkIn: { phoneNumber: `+8491${String(Date.now()).slice(-7)}`, firstName: 'Lan', lastName: 'Trần' },
        },
        bookedById: world.users.staff.id,
        actor: { userId: world.users.staff.id, userRole: 'hospital', ipAddress: null, userAgent: null },
        walkIn: true,
      }),
    ],
  ]

  it.each(cases)('%s', async (_, vary) => {
    const request = { ...base(), ...(await vary()) }
    const { appointment, created, notificationIds } = await bookAppointment(db.prisma, request, now)
    expect(created).toBe(true)

    const stored = await db.prisma.appointment.findUniqueOrThrow({
      where: { id: appointment.id },
      select: appointmentSelect,
    })
    expect(appointment).toEqual(stored)
    expect(toAppointment(appointment)).toEqual(toAppointment(stored))

    const [notificationId] = notificationIds
    const notification = await db.prisma.notification.findUniqueOrThrow({ where: { id: notificationId } })
    const patientUser = await db.prisma.patient.findUniqueOrThrow({
      where: { id: stored.patientId },
      select: { userId: true },
    })
    expect(notification).toMatchObject({
      ...appointmentNotice(stored, 'appointment_confirmation'),
      recipientId: patientUser.userId,
      recipientRole: 'patient',
      relatedToType: 'appointment',
      relatedToId: stored.id,
      deliveryStatus: 'pending',
    })

    const log = await db.prisma.activityLog.findFirstOrThrow({
      where: { action: 'book_appointment', details: { path: ['appointmentId'], equals: stored.id } },
    })
    expect(log).toMatchObject({
      userId: request.actor.userId,
      userRole: request.actor.userRole,
      ipAddress: request.actor.ipAddress,
      userAgent: request.actor.userAgent,
      details: { appointmentId: stored.id, ...(request.walkIn ? { walkIn: true } : {}) },
    })

    const row = await db.prisma.appointment.findUniqueOrThrow({ where: { id: stored.id } })
    expect(row).toMatchObject({
      bookedById: request.bookedById,
      idempotencyKey: request.idempotency?.key ?? null,
      idempotencyFingerprint: request.idempotency?.fingerprint ?? null,
      totalAmount: stored.charges.reduce((sum, charge) => sum + charge.amount, 0),
    })
    expect(stored.charges[0]).toMatchObject({ kind: 'consultation', amount: 300_000 })
    expect(stored.charges).toHaveLength(1 + (request.hospitalServiceIds?.length ?? 0))
    expect(stored.queueNumber === null).toBe(request.type === 'online')
    expect(stored.holdExpiresAt === null).toBe(request.type !== 'online')
  })

  it('loads the doctor as loadBookableDoctor does, and refuses the same doctors', async () => {
    expect(await loadBookingDoctor(db.prisma, world.doctor.id)).toMatchObject(
      await loadBookableDoctor(db.prisma, world.doctor.id),
    )
    const codeOf = (promise: Promise<unknown>) =>
      promise.then(
        () => 'ok',
        (error: { code?: string }) => error.code,
      )
    const refusals = async () => [
      await codeOf(loadBookingDoctor(db.prisma, world.doctor.id)),
      await codeOf(loadBookableDoctor(db.prisma, world.doctor.id)),
    ]
    await db.prisma.hospital.update({ where: { id: world.hospitalA.id }, data: { verified: false } })
    expect(await refusals()).toEqual(['PRECONDITION_FAILED', 'PRECONDITION_FAILED'])
    await db.prisma.hospital.update({ where: { id: world.hospitalA.id }, data: { verified: true } })
    await db.prisma.doctor.update({ where: { id: world.doctor.id }, data: { status: 'pending' } })
    expect(await refusals()).toEqual(['NOT_FOUND', 'NOT_FOUND'])
    await db.prisma.doctor.update({ where: { id: world.doctor.id }, data: { status: 'approved' } })
    await db.prisma.user.update({ where: { id: world.users.doctor.id }, data: { status: 'inactive' } })
    expect(await refusals()).toEqual(['NOT_FOUND', 'NOT_FOUND'])
    await db.prisma.user.update({ where: { id: world.users.doctor.id }, data: { status: 'active' } })
    expect(await codeOf(loadBookingDoctor(db.prisma, '0190c5a4-0000-7000-8000-000000000000'))).toBe('NOT_FOUND')
  })
})
