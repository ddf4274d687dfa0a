import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { instantToLocal, shiftDate } from '../src/availability/local-time.js'
import { createServices, defaultApiConfig, fixedClock } from '../src/index.js'
import { callerFor } from './support/callers.js'
import { openAllWeek, testSettings } from './support/schedule.js'
import { buildWorld, unique, type World } from './support/world.js'

const now = new Date('2026-12-08T03:30:00Z')
const services = createServices(defaultApiConfig(), { clock: fixedClock(now) })
type Caller = Awaited<ReturnType<typeof callerFor>>

/** Issue 13 item 1: an idempotency key belongs to whoever sent it and to one request. */
describe('idempotency keys', () => {
  let db: Database
  let world: World
  let doctorB: string
  let staffA: Caller
  let staffB: Caller
  let patient: Caller
  let day: string

  const slotAt = async (doctorId: string, index: number) => {
    const anonymous = await callerFor(db.prisma, services)
    const { slots } = await anonymous.availability.slots({ doctorId, from: day, to: day })
    const slot = slots[index]
    if (!slot) throw new Error('no slot')
    return slot.startsAt
  }

  beforeAll(async () => {
    db = await createTestDatabase()
    world = await buildWorld(db.prisma)
    const hospitalB = await db.prisma.hospital.findUniqueOrThrow({ where: { userId: world.users.otherStaff.id } })
    const doctorUser = await db.prisma.user.create({
      data: { role: 'doctor', email: 'doctor-b@world.test', firstName: 'B', lastName: 'Doctor' },
    })
    doctorB = (
      await db.prisma.doctor.create({
        data: {
          userId: doctorUser.id,
          hospitalId: hospitalB.id,
          licenseNumber: unique('LIC'),
          consultationFee: 200_000,
          status: 'approved',
        },
      })
    ).id
    await openAllWeek(db.prisma, world.hospitalA.id, world.doctor.id)
    await openAllWeek(db.prisma, hospitalB.id, doctorB)
    await testSettings(db.prisma)
    staffA = await callerFor(db.prisma, services, await world.sessionFor(world.users.staff.id))
    staffB = await callerFor(db.prisma, services, await world.sessionFor(world.users.otherStaff.id))
    patient = await callerFor(db.prisma, services, await world.sessionFor(world.users.patient.id))
    day = shiftDate(instantToLocal(now, 'Asia/Ho_Chi_Minh').date, 2)
  })
  afterAll(async () => {
    await db?.close()
  })

  it('never hands one hospital’s walk-in to another hospital that sends the same phone and key', async () => {
    const walkIn = { phoneNumber: '+84971007919', firstName: 'Lan', lastName: 'Phạm', idempotencyKey: 'desk-key-0001' }
    const atB = await staffB.appointments.bookWalkIn({
      ...walkIn,
      doctorId: doctorB,
      startsAt: await slotAt(doctorB, 0),
      reasonForVisit: 'Đau đầu kéo dài',
    })
    const atA = await staffA.appointments.bookWalkIn({
      ...walkIn,
      doctorId: world.doctor.id,
      startsAt: await slotAt(world.doctor.id, 3),
    })
    expect(atA.id).not.toBe(atB.id)
    expect(atA).toMatchObject({
      hospital: { id: world.hospitalA.id },
      doctor: { id: world.doctor.id },
      reasonForVisit: null,
    })
    expect(await db.prisma.appointment.count({ where: { idempotencyKey: 'desk-key-0001' } })).toBe(2)
  })

  it('refuses the same key with different parameters, and writes nothing', async () => {
    const first = await staffA.appointments.bookWalkIn({
      phoneNumber: '+84912000111',
      firstName: 'Minh',
      lastName: 'Trần',
      doctorId: world.doctor.id,
      startsAt: await slotAt(world.doctor.id, 5),
      idempotencyKey: 'desk-key-0002',
    })
    const appointments = await db.prisma.appointment.count()
    const users = await db.prisma.user.count()
    const logs = await db.prisma.activityLog.count()
    const replayElsewhere = staffA.appointments.bookWalkIn({
      phoneNumber: '+84912000222',
      firstName: 'Hoa',
      lastName: 'Lê',
      doctorId: world.doctor.id,
      startsAt: await slotAt(world.doctor.id, 6),
      idempotencyKey: 'desk-key-0002',
    })
    await expect(replayElsewhere).rejects.toMatchObject({
      code: 'UNPROCESSABLE_CONTENT',
      message: 'Idempotency key reused with a different request',
    })
    expect(await db.prisma.appointment.count()).toBe(appointments)
    expect(await db.prisma.user.count()).toBe(users)
    expect(await db.prisma.activityLog.count()).toBe(logs)
    // the identical request is a replay: the same appointment, nothing new
    const replay = await staffA.appointments.bookWalkIn({
      phoneNumber: '+84912000111',
      firstName: 'Minh',
      lastName: 'Trần',
      doctorId: world.doctor.id,
      startsAt: first.startsAt,
      idempotencyKey: 'desk-key-0002',
    })
    expect(replay.id).toBe(first.id)
    expect(await db.prisma.appointment.count()).toBe(appointments)
  })

  it('keeps a patient’s own key apart from a staff key of the same text, and binds it to one request', async () => {
    const key = 'shared-text-0003'
    const walkIn = await staffA.appointments.bookWalkIn({
      phoneNumber: '+84913000333',
      firstName: 'Tú',
      lastName: 'Vũ',
      doctorId: world.doctor.id,
      startsAt: await slotAt(world.doctor.id, 8),
      idempotencyKey: key,
    })
    const own = await patient.appointments.book({
      doctorId: world.doctor.id,
      startsAt: await slotAt(world.doctor.id, 9),
      type: 'in_person',
      idempotencyKey: key,
    })
    expect(own.id).not.toBe(walkIn.id)
    expect(own.patient.id).toBe(world.patient.id)
    await expect(
      patient.appointments.book({
        doctorId: world.doctor.id,
        startsAt: await slotAt(world.doctor.id, 10),
        type: 'in_person',
        idempotencyKey: key,
      }),
    ).rejects.toMatchObject({ code: 'UNPROCESSABLE_CONTENT' })
    await expect(
      patient.appointments.reschedule({
        appointmentId: own.id,
        startsAt: await slotAt(world.doctor.id, 11),
        idempotencyKey: key,
      }),
    ).rejects.toMatchObject({ code: 'UNPROCESSABLE_CONTENT' })
  })

  it('makes one appointment, one confirmation and one log line from concurrent retries of one request', async () => {
    const request = {
      doctorId: world.doctor.id,
      startsAt: await slotAt(world.doctor.id, 14),
      type: 'in_person' as const,
      idempotencyKey: 'burst-key-0004',
    }
    const results = await Promise.all(Array.from({ length: 8 }, () => patient.appointments.book(request)))
    expect(new Set(results.map((r) => r.id)).size).toBe(1)
    const id = results[0]?.id
    expect(await db.prisma.notification.count({ where: { relatedToId: id, type: 'appointment_confirmation' } })).toBe(1)
    const logs = await db.prisma.activityLog.findMany({ where: { action: 'book_appointment' } })
    expect(logs.filter((log) => (log.details as { appointmentId?: string }).appointmentId === id)).toHaveLength(1)
  })
})
