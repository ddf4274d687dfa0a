import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deliverNotification } from '../src/appointments/notify.js'
import { createServices, defaultApiConfig, type Services } from '../src/index.js'
import { deliverStalledNotifications } from '../src/jobs/deliveries.js'
import { purgeExpiredNotifications } from '../src/jobs/notification-purge.js'
import { sendDueReminders } from '../src/jobs/reminders.js'
import { callerFor } from './support/callers.js'
import { testSettings } from './support/schedule.js'
import { startSmsGateway } from './support/sms-gateway.js'
import { startSmtpCapture } from './support/smtp.js'
import { buildWorld, type World } from './support/world.js'

const MINUTE = 60_000

describe('notification centre', () => {
  let db: Database
  let world: World
  let services: Services
  let smtp: Awaited<ReturnType<typeof startSmtpCapture>>
  let sms: Awaited<ReturnType<typeof startSmsGateway>>
  const now = new Date('2026-12-06T08:00:00Z')

  const callerAs = async (actor: keyof World['users']) =>
    callerFor(db.prisma, services, await world.sessionFor(world.users[actor].id))

  /** a notification for `actor`, `minutesAgo` old */
  function notify(
    actor: keyof World['users'],
    minutesAgo: number,
    extra: { type?: 'system' | 'new_message' | 'appointment_confirmation'; expiresAt?: Date; isRead?: boolean } = {},
  ) {
    const user = world.users[actor]
    return db.prisma.notification.create({
      data: {
        recipientId: user.id,
        recipientRole: user.role,
        type: extra.type ?? 'system',
        title: `Thông báo ${minutesAgo} / Notice ${minutesAgo}`,
        message: `message ${minutesAgo}`,
        createdAt: new Date(now.getTime() - minutesAgo * MINUTE),
        expiresAt: extra.expiresAt ?? null,
        isRead: extra.isRead ?? false,
      },
    })
  }

  async function failure(promise: Promise<unknown>) {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(TRPCError)
    return (error as TRPCError).code
  }

  beforeAll(async () => {
    db = await createTestDatabase()
    world = await buildWorld(db.prisma)
    await testSettings(db.prisma)
    smtp = await startSmtpCapture()
    sms = await startSmsGateway()
    services = createServices(defaultApiConfig({ smtpUrl: smtp.url, smsWebhookUrl: sms.url }), {
      clock: { now: () => new Date(now) },
    })
  })
  afterAll(async () => {
    await smtp?.close()
    await sms?.close()
    await db?.close()
  })

  it('lists my own notifications newest first, page by page, and never anyone else’s', async () => {
    for (let i = 1; i <= 7; i++) await notify('otherPatient', i)
    await notify('patient', 1)
    const caller = await callerAs('otherPatient')
    const seen: string[] = []
    let cursor: string | undefined
    do {
      const page = await caller.notifications.list({ limit: 3, cursor })
      expect(page.items.length).toBeLessThanOrEqual(3)
      seen.push(...page.items.map((item) => item.title))
      cursor = page.nextCursor ?? undefined
    } while (cursor)
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7].map((i) => `Thông báo ${i} / Notice ${i}`))
    expect(await caller.notifications.unreadCount()).toEqual({ count: 7 })
    expect(await failure(caller.notifications.list({ cursor: 'not-a-cursor' }))).toBe('BAD_REQUEST')
  })

  it('hides expired notifications at once and the purge deletes them in batches', async () => {
    const caller = await callerAs('doctor')
    const before = (await caller.notifications.unreadCount()).count
    const lapsed = await notify('doctor', 30, { expiresAt: new Date(now.getTime() - MINUTE) })
    const live = await notify('doctor', 20, { expiresAt: new Date(now.getTime() + 10 * MINUTE) })
    const ids = (await caller.notifications.list({})).items.map((item) => item.id)
    expect(ids).toContain(live.id)
    expect(ids).not.toContain(lapsed.id)
    expect((await caller.notifications.unreadCount()).count).toBe(before + 1)

    await db.prisma.notification.createMany({
      data: Array.from({ length: 1_203 }, (_, i) => ({
        recipientId: world.users.admin.id,
        recipientRole: 'admin' as const,
        type: 'system' as const,
        title: `old ${i}`,
        message: 'lapsed',
        expiresAt: new Date(now.getTime() - (i + 1) * MINUTE),
      })),
    })
    expect(await purgeExpiredNotifications(db.prisma, { now })).toBe(1_204)
    expect(await db.prisma.notification.count({ where: { id: { in: [lapsed.id, live.id] } } })).toBe(1)
    expect(await purgeExpiredNotifications(db.prisma, { now })).toBe(0)
  })

  it('marks read only my own notifications, tells my other tabs, and marks all read', async () => {
    const mine = await notify('staff', 3)
    const alsoMine = await notify('staff', 2)
    const theirs = await notify('otherStaff', 1)
    const staff = await callerAs('staff')
    const eventsBefore = await db.prisma.userEvent.count({
      where: { userId: world.users.staff.id, kind: 'notifications_read' },
    })

    const result = await staff.notifications.markRead({ ids: [mine.id, theirs.id] })
    expect(result).toEqual({ marked: 1, unreadCount: 1 })
    expect((await db.prisma.notification.findUniqueOrThrow({ where: { id: theirs.id } })).isRead).toBe(false)
    expect(
      await db.prisma.userEvent.count({ where: { userId: world.users.staff.id, kind: 'notifications_read' } }),
    ).toBe(eventsBefore + 1)
    expect(
      await db.prisma.userEvent.count({ where: { userId: world.users.otherStaff.id, kind: 'notifications_read' } }),
    ).toBe(0)

    expect((await staff.notifications.list({ unreadOnly: true })).items.map((item) => item.id)).toEqual([alsoMine.id])
    expect(await staff.notifications.markAllRead()).toEqual({ marked: 1, unreadCount: 0 })
    // nothing left to mark: no event for the other tabs
    expect(await staff.notifications.markAllRead()).toEqual({ marked: 0, unreadCount: 0 })
    expect(await (await callerAs('otherStaff')).notifications.unreadCount()).toEqual({ count: 1 })
    expect(await failure(staff.notifications.markRead({ ids: [] }))).toBe('BAD_REQUEST')
    expect(await failure(staff.notifications.markRead({ ids: ['not-an-id'] }))).toBe('BAD_REQUEST')
  })

  it('lists every type of my role with its channels, keeps the security row locked, and saves a change', async () => {
    const patient = await callerAs('patient')
    const initial = await patient.notifications.preferences()
    expect(initial.hasPhone).toBe(false)
    const reminder = initial.items.find((item) => item.type === 'appointment_reminder')
    expect(reminder).toMatchObject({ inApp: true, email: true, sms: true, locked: false })
    expect(initial.items.at(-1)).toMatchObject({ type: 'security', locked: true, email: true })
    expect(initial.items.map((item) => item.type)).not.toContain('verification_update')

    expect(await patient.notifications.setPreference({ type: 'appointment_reminder', sms: false })).toMatchObject({
      inApp: true,
      email: true,
      sms: false,
    })
    const saved = (await patient.notifications.preferences()).items.find((item) => item.type === 'appointment_reminder')
    expect(saved).toMatchObject({ inApp: true, email: true, sms: false, defaults: { sms: true } })

    expect(await failure(patient.notifications.setPreference({ type: 'security', email: false }))).toBe('FORBIDDEN')
    expect(await failure(patient.notifications.setPreference({ type: 'verification_update', email: false }))).toBe(
      'BAD_REQUEST',
    )
    expect(await failure(patient.notifications.setPreference({ type: 'system' }))).toBe('BAD_REQUEST')
    expect(await failure(patient.notifications.setPreference({ type: 'nonsense' as 'system', email: true }))).toBe(
      'BAD_REQUEST',
    )
  })

  it('a type turned off in-app leaves the list and the count; the rows stay', async () => {
    const admin = await callerAs('admin')
    await admin.notifications.markAllRead()
    const message = await notify('admin', 1, { type: 'new_message' })
    expect((await admin.notifications.unreadCount()).count).toBe(1)
    await admin.notifications.setPreference({ type: 'new_message', inApp: false })
    expect((await admin.notifications.unreadCount()).count).toBe(0)
    expect((await admin.notifications.list({})).items.map((item) => item.id)).not.toContain(message.id)
    await admin.notifications.setPreference({ type: 'new_message', inApp: true })
    expect((await admin.notifications.unreadCount()).count).toBe(1)
  })

  it('email and SMS go only over the channels the recipient keeps on; in-app only is "delivered"', async () => {
    await db.prisma.user.update({ where: { id: world.users.otherPatient.id }, data: { phoneNumber: '+84901234567' } })
    const caller = await callerAs('otherPatient')
    const pending = (type: 'appointment_confirmation' | 'system') =>
      db.prisma.notification.create({
        data: {
          recipientId: world.users.otherPatient.id,
          recipientRole: 'patient',
          type,
          title: 'Đã đặt lịch khám / Appointment booked',
          message: 'kênh',
          deliveryStatus: 'pending',
        },
      })
    const mailsTo = () => smtp.inbox.filter((mail) => mail.to.includes('other-patient@world.test')).length
    const textsTo = () => sms.received.filter((text) => text.to === '+84901234567').length

    // defaults: a confirmation by email, not by SMS
    const first = await pending('appointment_confirmation')
    expect(await deliverNotification(db.prisma, services, first.id, { retryable: false })).toBe('sent')
    await smtp.lastMailTo('other-patient@world.test')
    expect(mailsTo()).toBe(1)
    expect(textsTo()).toBe(0)

    // email off, SMS on
    await caller.notifications.setPreference({ type: 'appointment_confirmation', email: false, sms: true })
    const second = await pending('appointment_confirmation')
    expect(await deliverNotification(db.prisma, services, second.id, { retryable: false })).toBe('sent')
    expect(mailsTo()).toBe(1)
    expect(textsTo()).toBe(1)
    expect(sms.received.at(-1)?.text).toContain('Appointment booked')

    // in-app only: nothing leaves, the row says delivered and is still listed
    await caller.notifications.setPreference({ type: 'appointment_confirmation', sms: false })
    const third = await pending('appointment_confirmation')
    expect(await deliverNotification(db.prisma, services, third.id, { retryable: false })).toBe('delivered')
    expect((await db.prisma.notification.findUniqueOrThrow({ where: { id: third.id } })).deliveryStatus).toBe(
      'delivered',
    )
    expect((await caller.notifications.list({})).items.map((item) => item.id)).toContain(third.id)
    expect(mailsTo()).toBe(1)
    expect(textsTo()).toBe(1)
  })

  it('reminders follow the same preferences: SMS where a phone exists, none once turned off', async () => {
    await db.prisma.user.update({ where: { id: world.users.patient.id }, data: { phoneNumber: '+84907654321' } })
    const patient = await callerAs('patient')
    await patient.notifications.setPreference({ type: 'appointment_reminder', sms: true, email: false })
    const startsAt = new Date(Date.now() + 60 * MINUTE)
    await db.prisma.appointment.create({
      data: {
        patientId: world.patient.id,
        doctorId: world.doctor.id,
        hospitalId: world.hospitalA.id,
        appointmentDate: new Date(startsAt.toISOString().slice(0, 10)),
        startsAt,
        endsAt: new Date(startsAt.getTime() + 30 * MINUTE),
        type: 'in_person',
      },
    })
    const mailsBefore = smtp.inbox.filter((mail) => mail.to.startsWith('patient@')).length
    expect(await sendDueReminders(db.prisma, services)).toBeGreaterThan(0)
    expect(sms.received.filter((text) => text.to === '+84907654321').at(-1)?.text).toContain('reminder')
    expect(smtp.inbox.filter((mail) => mail.to.startsWith('patient@')).length).toBe(mailsBefore)
  })

  it('the stalled-delivery sweep sends every kind of notice whose job was lost, never a reminder', async () => {
    const lost = (type: 'payment_received' | 'medical_record_shared' | 'appointment_reminder', dedupeKey?: string) =>
      db.prisma.notification.create({
        data: {
          recipientId: world.users.doctor.id,
          recipientRole: 'doctor',
          type,
          title: 'Thông báo / Notice',
          message: 'lost job',
          deliveryStatus: 'pending',
          dedupeKey,
          createdAt: new Date(Date.now() - 20 * MINUTE),
        },
      })
    const payment = await lost('payment_received')
    const followUp = await lost('medical_record_shared', `follow-up:${payment.id}`)
    const reminder = await lost('appointment_reminder', `reminder:${payment.id}:120`)
    await deliverStalledNotifications(db.prisma, services)
    const status = async (id: string) =>
      (await db.prisma.notification.findUniqueOrThrow({ where: { id } })).deliveryStatus
    expect([await status(payment.id), await status(followUp.id), await status(reminder.id)]).toEqual([
      'sent',
      'sent',
      'pending',
    ])
  })

  it('staff see failed deliveries of their own hospital’s appointments only', async () => {
    const appointment = await world.appointmentOfPatient()
    const failed = await db.prisma.notification.create({
      data: {
        recipientId: world.users.patient.id,
        recipientRole: 'patient',
        type: 'appointment_confirmation',
        title: 'Đã đặt lịch khám / Appointment booked',
        message: 'không gửi được',
        relatedToType: 'appointment',
        relatedToId: appointment.id,
        deliveryStatus: 'failed',
      },
    })
    const staff = await callerAs('staff')
    expect(await staff.notifications.deliveryFailures({ appointmentIds: [appointment.id] })).toEqual({
      items: [
        {
          appointmentId: appointment.id,
          notificationId: failed.id,
          type: 'appointment_confirmation',
          createdAt: failed.createdAt,
        },
      ],
    })
    const otherStaff = await callerAs('otherStaff')
    expect(await otherStaff.notifications.deliveryFailures({ appointmentIds: [appointment.id] })).toEqual({ items: [] })
    expect(
      await failure((await callerAs('patient')).notifications.deliveryFailures({ appointmentIds: [appointment.id] })),
    ).toBe('FORBIDDEN')
  })
})
