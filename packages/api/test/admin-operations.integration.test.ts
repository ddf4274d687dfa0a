import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { instantToLocal, shiftDate } from '../src/availability/local-time.js'
import { createServices, defaultApiConfig, type Services } from '../src/index.js'
import { callerFor } from './support/callers.js'
import { openAllWeek, testSettings } from './support/schedule.js'
import { startSmtpCapture } from './support/smtp.js'
import { buildWorld, type World } from './support/world.js'

describe('administration: settings and verification queues', () => {
  let db: Database
  let world: World
  let smtp: Awaited<ReturnType<typeof startSmtpCapture>>
  let services: Services
  let admin: Awaited<ReturnType<typeof callerFor>>

  beforeAll(async () => {
    db = await createTestDatabase()
    world = await buildWorld(db.prisma)
    await openAllWeek(db.prisma, world.hospitalA.id, world.doctor.id)
    await testSettings(db.prisma)
    smtp = await startSmtpCapture()
    services = createServices(defaultApiConfig({ smtpUrl: smtp.url }))
    admin = await callerFor(db.prisma, services, await world.sessionFor(world.users.admin.id))
  })
  afterAll(async () => {
    await smtp?.close()
    await db?.close()
  })

  it('lists every setting with a JSON Schema for its form, and validates changes against it', async () => {
    const settings = await admin.settings.list()
    const notice = settings.find((s) => s.key === 'booking.minimumNoticeMinutes')
    expect(notice).toMatchObject({ value: 120, defaultValue: 120, isDefault: true, jsonSchema: { type: 'integer' } })
    await expect(admin.settings.update({ key: 'booking.minimumNoticeMinutes', value: 'soon' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    })
    await expect(admin.settings.update({ key: 'no.such.key', value: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('a changed setting changes the booking rule at once, and is recorded', async () => {
    const anonymous = await callerFor(db.prisma, services)
    const tomorrow = shiftDate(instantToLocal(new Date(), 'Asia/Ho_Chi_Minh').date, 1)
    const slots = () => anonymous.availability.slots({ doctorId: world.doctor.id, from: tomorrow, to: tomorrow })
    expect((await slots()).slots.length).toBeGreaterThan(0)
    await admin.settings.update({ key: 'booking.minimumNoticeMinutes', value: 3 * 24 * 60 })
    expect((await slots()).slots).toHaveLength(0)
    const after = (await admin.settings.list()).find((s) => s.key === 'booking.minimumNoticeMinutes')
    expect(after).toMatchObject({ value: 4320, isDefault: false, updatedBy: 'Test admin' })
    const log = await admin.admin.activityLogs({ action: 'update_setting' })
    expect(log.items[0]?.details).toMatchObject({ key: 'booking.minimumNoticeMinutes', from: 120, to: 4320 })
    await admin.settings.update({ key: 'booking.minimumNoticeMinutes', value: 120 })
  })

  it('a registered hospital waits in the queue; a rejection needs a reason that reaches the applicant; approval lists it', async () => {
    const anonymous = await callerFor(db.prisma, services)
    await anonymous.auth.registerHospital({
      email: 'clinic@queue.test',
      password: 'Phong-kham-2026',
      firstName: 'Hạnh',
      lastName: 'Vũ',
      hospitalName: 'Phòng khám Hàng Đào',
      hospitalType: 'clinic',
      registrationNumber: 'QUEUE-1',
      street: '12 Hàng Đào',
      city: 'Hà Nội',
      latitude: 21.034,
      longitude: 105.851,
      phoneNumber: '0901234567',
    })
    const queue = await admin.verification.queue()
    const pending = queue.hospitals.find((h) => h.registrationNumber === 'QUEUE-1')
    expect(pending).toMatchObject({
      status: 'pending',
      verified: false,
      email: 'clinic@queue.test',
      street: '12 Hàng Đào',
      city: 'Hà Nội',
      country: 'VN',
    })
    if (!pending) throw new Error('not queued')
    expect((await anonymous.hospitals.search({ query: 'Hàng Đào' })).items).toHaveLength(0)

    await expect(admin.verification.decideHospital({ hospitalId: pending.id, approve: false })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    })
    await admin.verification.decideHospital({
      hospitalId: pending.id,
      approve: false,
      reason: 'Thiếu giấy phép hoạt động <b>bản gốc</b>',
    })
    const rejection = await smtp.lastMailTo('clinic@queue.test')
    expect(rejection.text).toContain('Thiếu giấy phép hoạt động <b>bản gốc</b>')
    // the applicant's and the admin's words are text in the HTML part, never markup
    expect(rejection.html).toContain('&#60;b&#62;bản gốc&#60;/b&#62;')
    expect(rejection.html).not.toContain('<b>bản gốc</b>')

    await admin.verification.decideHospital({ hospitalId: pending.id, approve: true })
    expect((await anonymous.hospitals.search({ query: 'Hàng Đào' })).items.map((h) => h.name)).toEqual([
      'Phòng khám Hàng Đào',
    ])
  })

  it('an approved doctor appears in patient search', async () => {
    await db.prisma.doctor.update({ where: { id: world.doctor.id }, data: { status: 'pending' } })
    const anonymous = await callerFor(db.prisma, services)
    expect((await anonymous.doctors.search({ hospitalId: world.hospitalA.id })).items).toHaveLength(0)
    const queue = await admin.verification.queue()
    const application = queue.doctors.find((d) => d.id === world.doctor.id)
    const profile = await db.prisma.doctor.findUniqueOrThrow({
      where: { id: world.doctor.id },
      include: { specialties: { include: { specialty: true } } },
    })
    expect(application).toMatchObject({
      licenseNumber: profile.licenseNumber,
      experience: profile.experience,
      qualifications: profile.qualifications,
      specialties: profile.specialties.map((s) => s.specialty.name),
    })
    await admin.verification.decideDoctor({ doctorId: world.doctor.id, approve: true })
    expect((await anonymous.doctors.search({ hospitalId: world.hospitalA.id })).items.map((d) => d.id)).toEqual([
      world.doctor.id,
    ])
    const notice = await db.prisma.notification.findFirst({
      where: { recipientId: world.users.doctor.id, type: 'verification_update' },
    })
    expect(notice?.title).toContain('approved')
  })
})
