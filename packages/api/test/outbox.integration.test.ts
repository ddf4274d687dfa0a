import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { instantToLocal, shiftDate } from '../src/availability/local-time.js'
import { createServices, defaultApiConfig, fixedClock } from '../src/index.js'
import { callerFor } from './support/callers.js'
import { openAllWeek, testSettings } from './support/schedule.js'
import { buildWorld, type World } from './support/world.js'

const now = new Date('2026-12-08T03:30:00Z')
const services = createServices(defaultApiConfig(), { clock: fixedClock(now) })

/**
 * Issue 13 item 22: what follows a state change (the patient's notification, the activity
 * log) commits with it or not at all. The database fails the next write of a notification
 * once, as a process dying right after the change would; a retry with the same idempotency
 * key must then end with the change, one notification and one log line.
 */
describe('follow-ups commit with the change they follow', () => {
  let db: Database
  let world: World
  let patient: Awaited<ReturnType<typeof callerFor>>
  let day: string

  const failNextNotification = () => db.prisma.$executeRawUnsafe(`SELECT setval('outbox_test_failures', 1, false)`)

  const slotAt = async (index: number) => {
    const anonymous = await callerFor(db.prisma, services)
    const { slots } = await anonymous.availability.slots({ doctorId: world.doctor.id, from: day, to: day })
    const slot = slots[index]
    if (!slot) throw new Error('no slot')
    return slot.startsAt
  }
  const followUps = async (appointmentId: string, type: string, action: string) => ({
    notifications: await db.prisma.notification.count({ where: { relatedToId: appointmentId, type: type as never } }),
    logs: await db.prisma.activityLog.count({
      where: { action, details: { path: ['appointmentId'], equals: appointmentId } },
    }),
  })

  beforeAll(async () => {
    db = await createTestDatabase()
    world = await buildWorld(db.prisma)
    await openAllWeek(db.prisma, world.hospitalA.id, world.doctor.id)
    await testSettings(db.prisma)
    patient = await callerFor(db.prisma, services, await world.sessionFor(world.users.patient.id))
    day = shiftDate(instantToLocal(now, 'Asia/Ho_Chi_Minh').date, 3)
    // a sequence is not transactional: the failure fires once even though its transaction rolls back
    for (const statement of [
      `CREATE SEQUENCE outbox_test_failures START 2`,
      `CREATE FUNCTION outbox_test_fail_once() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
           IF nextval('outbox_test_failures') = 1 THEN RAISE EXCEPTION 'the process died here'; END IF;
           RETURN NEW;
         END $$`,
      `CREATE TRIGGER outbox_test_fail BEFORE INSERT ON notifications FOR EACH ROW EXECUTE FUNCTION outbox_test_fail_once()`,
    ]) {
      await db.prisma.$executeRawUnsafe(statement)
    }
  })
  afterEach(async () => {
    await db.prisma.$executeRawUnsafe(`SELECT setval('outbox_test_failures', 2, false)`)
  })
  afterAll(async () => {
    await db?.close()
  })

  it('a booking whose notification could not be written is not made; the retry makes it with both follow-ups', async () => {
    const request = {
      doctorId: world.doctor.id,
      startsAt: await slotAt(0),
      type: 'in_person' as const,
      idempotencyKey: 'outbox-book-1',
    }
    await failNextNotification()
    await expect(patient.appointments.book(request)).rejects.toThrow()
    expect(await db.prisma.appointment.count({ where: { idempotencyKey: 'outbox-book-1' } })).toBe(0)
    const booked = await patient.appointments.book(request)
    expect(await followUps(booked.id, 'appointment_confirmation', 'book_appointment')).toEqual({
      notifications: 1,
      logs: 1,
    })
  })

  it('so is a cancellation, and a reschedule', async () => {
    const booked = await patient.appointments.book({
      doctorId: world.doctor.id,
      startsAt: await slotAt(2),
      type: 'in_person',
    })
    await failNextNotification()
    await expect(patient.appointments.cancel({ appointmentId: booked.id, reason: 'Bận việc' })).rejects.toThrow()
    expect((await patient.appointments.get({ id: booked.id })).status).toBe('scheduled')
    await patient.appointments.cancel({ appointmentId: booked.id, reason: 'Bận việc' })
    expect(await followUps(booked.id, 'appointment_cancelled', 'cancel_appointment')).toEqual({
      notifications: 1,
      logs: 1,
    })

    const original = await patient.appointments.book({
      doctorId: world.doctor.id,
      startsAt: await slotAt(4),
      type: 'in_person',
    })
    const move = { appointmentId: original.id, startsAt: await slotAt(6), idempotencyKey: 'outbox-move-1' }
    await failNextNotification()
    await expect(patient.appointments.reschedule(move)).rejects.toThrow()
    expect((await patient.appointments.get({ id: original.id })).status).toBe('scheduled')
    const moved = await patient.appointments.reschedule(move)
    expect(await followUps(moved.id, 'appointment_rescheduled', 'reschedule_appointment')).toEqual({
      notifications: 1,
      logs: 1,
    })
  })
})
