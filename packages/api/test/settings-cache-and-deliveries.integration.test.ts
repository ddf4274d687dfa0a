import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { deliverNotification } from '../src/appointments/notify.js'
import { createServices, defaultApiConfig, type Services } from '../src/index.js'
import { deliverStalledNotifications } from '../src/jobs/deliveries.js'
import { readSettings, SETTINGS_CACHE_TTL_MS } from '../src/settings/service.js'
import { callerFor } from './support/callers.js'
import { buildWorld, type World } from './support/world.js'

describe('settings cache and notification deliveries', () => {
  let db: Database
  let world: World
  let services: Services

  beforeAll(async () => {
    db = await createTestDatabase()
    world = await buildWorld(db.prisma)
    services = createServices(defaultApiConfig())
  })
  afterAll(async () => {
    await db?.close()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('reads settings once per TTL; settings.update applies at once; other writers converge within the TTL', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const spy = vi.spyOn(db.prisma.systemSetting, 'findMany')
    const first = await readSettings(db.prisma)
    const [second, third] = await Promise.all([readSettings(db.prisma), readSettings(db.prisma)])
    expect(second).toBe(first)
    expect(third).toBe(first)
    expect(spy).toHaveBeenCalledTimes(1)
    expect(first['booking.holdMinutes']).toBe(15)

    // through the API: this process sees it at once
    const admin = await callerFor(db.prisma, services, await world.sessionFor(world.users.admin.id))
    await admin.settings.update({ key: 'booking.holdMinutes', value: 20 })
    expect((await readSettings(db.prisma))['booking.holdMinutes']).toBe(20)

    // another process wrote it (here: straight to the table): seen once the TTL has passed
    await db.prisma.systemSetting.update({ where: { key: 'booking.holdMinutes' }, data: { value: 25 } })
    expect((await readSettings(db.prisma))['booking.holdMinutes']).toBe(20)
    vi.setSystemTime(Date.now() + SETTINGS_CACHE_TTL_MS + 1)
    expect((await readSettings(db.prisma))['booking.holdMinutes']).toBe(25)
    spy.mockRestore()
  })

  it('a failed send is retried by the queue, or recorded as failed on the last attempt; a sent one is never sent again', async () => {
    const appointment = await world.appointmentOfPatient()
    const notification = await db.prisma.notification.create({
      data: {
        recipientId: world.users.patient.id,
        recipientRole: 'patient',
        type: 'appointment_confirmation',
        title: 'Đã đặt lịch khám / Appointment booked',
        message: '<b>2030-01-01</b>',
        relatedToType: 'appointment',
        relatedToId: appointment.id,
        deliveryStatus: 'pending',
      },
    })
    const mails: Array<{ html: string }> = []
    let failing = true
    const flaky: Services = {
      ...services,
      mailer: {
        describe: () => 'flaky',
        async send(mail) {
          if (failing) throw new Error('SMTP down')
          mails.push(mail)
        },
      },
    }
    await expect(deliverNotification(db.prisma, flaky, notification.id, { retryable: true })).rejects.toThrow(
      'SMTP down',
    )
    expect((await db.prisma.notification.findUniqueOrThrow({ where: { id: notification.id } })).deliveryStatus).toBe(
      'pending',
    )
    failing = false
    expect(await deliverNotification(db.prisma, flaky, notification.id, { retryable: true })).toBe('sent')
    expect(await deliverNotification(db.prisma, flaky, notification.id, { retryable: true })).toBe('skipped')
    expect(mails).toHaveLength(1)
    expect(mails[0]?.html).toContain('&#60;b&#62;2030-01-01')
    expect((await db.prisma.appointment.findUniqueOrThrow({ where: { id: appointment.id } })).confirmationSent).toBe(
      true,
    )

    failing = true
    const last = await db.prisma.notification.create({
      data: { ...notification, id: undefined, createdAt: undefined, deliveryStatus: 'pending' },
    })
    expect(await deliverNotification(db.prisma, flaky, last.id, { retryable: false })).toBe('failed')
  })

  it('the sweep sends appointment notifications whose job was lost', async () => {
    const appointment = await world.appointmentOfPatient()
    const stalled = await db.prisma.notification.create({
      data: {
        recipientId: world.users.patient.id,
        recipientRole: 'patient',
        type: 'appointment_cancelled',
        title: 'Lịch khám đã huỷ / Appointment cancelled',
        message: 'x',
        relatedToType: 'appointment',
        relatedToId: appointment.id,
        deliveryStatus: 'pending',
        createdAt: new Date(Date.now() - 20 * 60_000),
      },
    })
    const fresh = await db.prisma.notification.create({
      data: { ...stalled, id: undefined, createdAt: new Date() },
    })
    expect(await deliverStalledNotifications(db.prisma, services)).toBe(1)
    const rows = await db.prisma.notification.findMany({
      where: { id: { in: [stalled.id, fresh.id] } },
      orderBy: { createdAt: 'asc' },
    })
    expect(rows.map((row) => row.deliveryStatus)).toEqual(['sent', 'pending'])
  })

  it('a verification decision commits with its pending notice: a process that dies before sending still tells the applicant', async () => {
    const hospital = await db.prisma.hospital.findUniqueOrThrow({ where: { userId: world.users.otherStaff.id } })
    await db.prisma.hospital.update({ where: { id: hospital.id }, data: { verified: false, status: 'pending' } })
    // the process "dies" right after the commit: handing the notice on throws
    const dying: Services = {
      ...services,
      jobs: {
        ...services.jobs,
        enqueueDelivery: async () => {
          throw new Error('killed')
        },
      },
    }
    const admin = await callerFor(db.prisma, dying, await world.sessionFor(world.users.admin.id))
    await expect(admin.verification.decideHospital({ hospitalId: hospital.id, approve: true })).rejects.toThrow()
    const notice = await db.prisma.notification.findFirstOrThrow({
      where: { recipientId: world.users.otherStaff.id, type: 'verification_update' },
    })
    expect(notice.deliveryStatus).toBe('pending')
    expect(await db.prisma.activityLog.count({ where: { action: 'verify_hospital' } })).toBe(1)
    const later = new Date(Date.now() + 11 * 60_000)
    await deliverStalledNotifications(db.prisma, services, { now: later })
    expect((await db.prisma.notification.findUniqueOrThrow({ where: { id: notice.id } })).deliveryStatus).toBe('sent')
  })
})
