import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { instantToLocal, shiftDate } from '../src/availability/local-time.js'
import { createServices, defaultApiConfig, type Services, startJobWorker } from '../src/index.js'
import { releaseExpiredHolds } from '../src/jobs/holds.js'
import { sendDueReminders } from '../src/jobs/reminders.js'
import { offerOpenSlotsToWaitlist } from '../src/jobs/waitlist-offers.js'
import { callerFor } from './support/callers.js'
import { openAllWeek, testSettings } from './support/schedule.js'
import { startSmtpCapture } from './support/smtp.js'
import { buildWorld, type World } from './support/world.js'

describe('durable jobs: reminders, holds, waitlist', () => {
  let db: Database
  let world: World
  let smtp: Awaited<ReturnType<typeof startSmtpCapture>>
  let services: Services
  let tomorrow: string

  beforeAll(async () => {
    db = await createTestDatabase()
    world = await buildWorld(db.prisma)
    await openAllWeek(db.prisma, world.hospitalA.id, world.doctor.id)
    await testSettings(db.prisma)
    smtp = await startSmtpCapture()
    services = createServices(defaultApiConfig({ smtpUrl: smtp.url }))
    tomorrow = shiftDate(instantToLocal(new Date(), 'Asia/Ho_Chi_Minh').date, 1)
  })
  afterAll(async () => {
    await smtp?.close()
    await db?.close()
  })

  const remindersTo = (email: string) =>
    smtp.inbox.filter((mail) => mail.to.includes(email) && mail.subject.includes('nhắc lịch'))

  it('a sweep stopped mid-batch and started again sends every reminder exactly once', async () => {
    const base = Date.now() + 5 * 3_600_000
    const appointments = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        db.prisma.appointment.create({
          data: {
            patientId: world.patient.id,
            doctorId: world.doctor.id,
            hospitalId: world.hospitalA.id,
            appointmentDate: new Date(new Date(base).toISOString().slice(0, 10)),
            startsAt: new Date(base + i * 30 * 60_000),
            endsAt: new Date(base + (i + 1) * 30 * 60_000),
            type: 'online',
          },
        }),
      ),
    )
    const stop = new AbortController()
    let sentBeforeStop = 0
    const stopping: Services = {
      ...services,
      mailer: {
        ...services.mailer,
        async send(mail) {
          await services.mailer.send(mail)
          if (++sentBeforeStop === 3) stop.abort()
        },
      },
    }
    expect(await sendDueReminders(db.prisma, stopping, { signal: stop.signal })).toBe(3)
    expect(await sendDueReminders(db.prisma, services)).toBe(5)
    expect(await sendDueReminders(db.prisma, services)).toBe(0)

    await smtp.lastMailTo('patient@world.test')
    expect(remindersTo('patient@world.test')).toHaveLength(8)
    const keys = await db.prisma.notification.findMany({
      where: { type: 'appointment_reminder' },
      select: { dedupeKey: true },
    })
    expect(new Set(keys.map((k) => k.dedupeKey)).size).toBe(8)
    expect(keys.every((k) => k.dedupeKey?.endsWith(':1440'))).toBe(true)
    const flagged = await db.prisma.appointment.count({
      where: { id: { in: appointments.map((a) => a.id) }, reminderSent: true },
    })
    expect(flagged).toBe(8)
  })

  it('releases an unpaid booking when its hold runs out, freeing the slot', async () => {
    await testSettings(db.prisma, { 'booking.prepaymentRequired': true, 'booking.holdMinutes': 15 })
    const patient = await callerFor(db.prisma, services, await world.sessionFor(world.users.patient.id))
    const anonymous = await callerFor(db.prisma, services)
    const slot = (await anonymous.availability.slots({ doctorId: world.doctor.id, from: tomorrow, to: tomorrow }))
      .slots[0]
    if (!slot) throw new Error('no slot')
    const held = await patient.appointments.book({
      doctorId: world.doctor.id,
      startsAt: slot.startsAt,
      type: 'in_person',
    })
    expect(held.holdExpiresAt?.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000)
    expect(await releaseExpiredHolds(db.prisma, services)).toBe(0)
    expect(await releaseExpiredHolds(db.prisma, services, { now: new Date(Date.now() + 16 * 60_000) })).toBe(1)
    const released = await patient.appointments.get({ id: held.id })
    expect(released).toMatchObject({ status: 'cancelled', cancelledBy: 'system' })
    const notice = await db.prisma.notification.findFirstOrThrow({
      where: { relatedToId: held.id, type: 'appointment_cancelled' },
    })
    expect(notice.message).toContain('Payment not received in time')
    const again = (await anonymous.availability.slots({ doctorId: world.doctor.id, from: tomorrow, to: tomorrow }))
      .slots[0]
    expect(again?.startsAt).toEqual(slot.startsAt)
    await testSettings(db.prisma)
  })

  it('a freed slot is offered to the first on the waitlist, who can claim it; an unclaimed offer passes on', async () => {
    const day = shiftDate(tomorrow, 2)
    const patient = await callerFor(db.prisma, services, await world.sessionFor(world.users.patient.id))
    const other = await callerFor(db.prisma, services, await world.sessionFor(world.users.otherPatient.id))
    const anonymous = await callerFor(db.prisma, services)
    const slots = (await anonymous.availability.slots({ doctorId: world.doctor.id, from: day, to: day })).slots
    // the day fills up: the two patients take everything
    const booked = []
    for (const [i, slot] of slots.entries()) {
      const caller = i === 0 ? patient : other
      booked.push(
        await caller.appointments.book({ doctorId: world.doctor.id, startsAt: slot.startsAt, type: 'in_person' }),
      )
    }
    const third = await world.throwawayUser()
    const thirdPatient = await db.prisma.patient.create({ data: { userId: third.id } })
    const thirdCaller = await callerFor(db.prisma, services, await world.sessionFor(third.id))
    const entry = await thirdCaller.waitlist.join({ doctorId: world.doctor.id, date: day })
    await expect(thirdCaller.waitlist.join({ doctorId: world.doctor.id, date: day })).rejects.toMatchObject({
      code: 'CONFLICT',
    })
    await db.prisma.scheduleException.create({
      data: {
        hospitalId: world.hospitalA.id,
        doctorId: world.doctor.id,
        date: new Date(`${shiftDate(day, 1)}T00:00:00Z`),
      },
    })
    await expect(
      thirdCaller.waitlist.join({ doctorId: world.doctor.id, date: shiftDate(day, 1) }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    })
    const otherEntry = await patient.waitlist.join({ doctorId: world.doctor.id, date: day })

    const first = booked[0]
    if (!first) throw new Error('nothing booked')
    await patient.appointments.cancel({ appointmentId: first.id, reason: 'Đổi kế hoạch' })
    const [offered] = await thirdCaller.waitlist.mine()
    expect(offered).toMatchObject({ id: entry.id, status: 'offered' })
    expect(offered?.offerExpiresAt?.getTime()).toBeGreaterThan(Date.now() + 25 * 60_000)
    const claimed = await thirdCaller.waitlist.claim({ id: entry.id })
    expect(claimed).toMatchObject({ status: 'scheduled', holdExpiresAt: null, patient: { id: thirdPatient.id } })
    const dayNumbers = await db.prisma.appointment.findMany({
      where: { doctorId: world.doctor.id, appointmentDate: new Date(`${day}T00:00:00Z`) },
      select: { queueNumber: true },
    })
    expect(claimed.queueNumber).toBe(Math.max(...dayNumbers.map((a) => a.queueNumber ?? 0)))
    expect((await thirdCaller.waitlist.mine()).length).toBe(0)

    // the next freed slot goes to the next in line; unclaimed, it expires and is released
    const second = booked[1]
    if (!second) throw new Error('nothing booked')
    await other.appointments.cancel({ appointmentId: second.id, reason: 'Bận' })
    const [offer] = await patient.waitlist.mine()
    expect(offer).toMatchObject({ id: otherEntry.id, status: 'offered' })
    await releaseExpiredHolds(db.prisma, services, { now: new Date(Date.now() + 31 * 60_000) })
    expect(await patient.waitlist.mine()).toEqual([])
    const entryRow = await db.prisma.waitlistEntry.findUniqueOrThrow({ where: { id: otherEntry.id } })
    expect(entryRow.status).toBe('expired')
  })

  it('the sweep offers a free slot to a patient still waiting for that day (an offer lost with a dying process)', async () => {
    const day = shiftDate(tomorrow, 5)
    const waiting = await world.throwawayUser()
    const patient = await db.prisma.patient.create({ data: { userId: waiting.id } })
    // as a cancellation that committed just before its process died leaves it: a free slot, nobody offered it
    const entry = await db.prisma.waitlistEntry.create({
      data: { patientId: patient.id, doctorId: world.doctor.id, date: new Date(`${day}T00:00:00Z`), type: 'in_person' },
    })
    expect(await offerOpenSlotsToWaitlist(db.prisma, services)).toBe(1)
    const offered = await db.prisma.waitlistEntry.findUniqueOrThrow({ where: { id: entry.id } })
    expect(offered.status).toBe('offered')
    const notice = await db.prisma.notification.findFirstOrThrow({
      where: { recipientId: waiting.id, type: 'waitlist_slot_available' },
    })
    expect(notice.relatedToId).toBe(offered.offeredAppointmentId)
    expect(await offerOpenSlotsToWaitlist(db.prisma, services)).toBe(0)
  })

  it('runs the sweep as a pg-boss job on the same database', async () => {
    const startsAt = new Date(Date.now() + 90 * 60_000)
    const appointment = await db.prisma.appointment.create({
      data: {
        patientId: world.patient.id,
        doctorId: world.doctor.id,
        hospitalId: world.hospitalA.id,
        appointmentDate: new Date(startsAt.toISOString().slice(0, 10)),
        startsAt,
        endsAt: new Date(startsAt.getTime() + 30 * 60_000),
        type: 'online',
      },
    })
    // a waitlist offer whose hold ran out: the sweep's last step purges it
    const lapsed = await db.prisma.notification.create({
      data: {
        recipientId: world.users.patient.id,
        recipientRole: 'patient',
        type: 'waitlist_slot_available',
        title: 'Có lịch trống cho bạn / A slot opened for you',
        message: 'hết hạn',
        expiresAt: new Date(Date.now() - 60_000),
      },
    })
    const worker = await startJobWorker({ db: db.prisma, pool: db.pool, services })
    try {
      await worker.runNow()
      const deadline = Date.now() + 30_000
      let keys: string[] = []
      while (Date.now() < deadline) {
        const rows = await db.prisma.notification.findMany({
          where: { relatedToId: appointment.id, deliveryStatus: 'sent' },
        })
        keys = rows.map((row) => row.dedupeKey ?? '')
        if (keys.length === 2) break
        await new Promise((resolve) => setTimeout(resolve, 250))
      }
      // 90 minutes ahead: both the 24-hour and the 2-hour reminder are due
      expect(keys.sort()).toEqual([`reminder:${appointment.id}:120`, `reminder:${appointment.id}:1440`])
      while (Date.now() < deadline && (await db.prisma.notification.count({ where: { id: lapsed.id } })) > 0) {
        await new Promise((resolve) => setTimeout(resolve, 250))
      }
      expect(await db.prisma.notification.count({ where: { id: lapsed.id } })).toBe(0)
    } finally {
      await worker.stop()
    }
  })
})
