import type { Database } from '@medbook/db'
import { createPatient, DEMO_PASSWORD } from '@medbook/db/seed'
import { createTestDatabase } from '@medbook/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { instantToLocal, shiftDate } from '../src/availability/local-time.js'
import { createServices, defaultApiConfig, type Services } from '../src/index.js'
import { callerFor } from './support/callers.js'
import { openAllWeek, testSettings } from './support/schedule.js'
import { smsCode, startSmsGateway } from './support/sms-gateway.js'
import { buildWorld, type World } from './support/world.js'

// Seeded accounts (the demo data and its fixtures) are found by their phone number however a
// person types it: login, SMS reset and a walk-in at the front desk reach the same account.

/** "+84971007919" as a person in Vietnam types it: "0971 007 919" */
const asTyped = (e164: string) => `0${e164.slice(3, 6)} ${e164.slice(6, 9)} ${e164.slice(9)}`

describe('phone numbers of seeded accounts', () => {
  let db: Database
  let sms: Awaited<ReturnType<typeof startSmsGateway>>
  let services: Services
  let world: World
  let seeded: Awaited<ReturnType<typeof createPatient>>
  let phone: string

  beforeAll(async () => {
    db = await createTestDatabase()
    sms = await startSmsGateway()
    services = createServices(defaultApiConfig({ smsWebhookUrl: sms.url }))
    world = await buildWorld(db.prisma)
    seeded = await createPatient(db)
    phone = seeded.user.phoneNumber ?? ''
  })
  afterAll(async () => {
    await sms?.close()
    await db?.close()
  })

  it('stores the seeded number as E.164', () => {
    expect(phone).toMatch(/^\+84[35789]\d{8}$/)
  })

  it.each([
    ['as stored', (e164: string) => e164],
    ['as typed at home', asTyped],
    ['with spaces after +84', (e164: string) => `+84 ${e164.slice(3, 5)} ${e164.slice(5, 8)} ${e164.slice(8)}`],
  ])('logs the seeded patient in by phone %s', async (_how, spell) => {
    const anonymous = await callerFor(db.prisma, services, undefined, '198.51.100.20')
    const session = await anonymous.auth.login({ identifier: spell(phone), password: DEMO_PASSWORD })
    expect(session.user).toMatchObject({ id: seeded.user.id, role: 'patient' })
  })

  it('texts a reset code to the seeded number', async () => {
    const anonymous = await callerFor(db.prisma, services, undefined, '198.51.100.21')
    await anonymous.auth.requestPasswordResetCode({ phone: asTyped(phone) })
    expect(smsCode(await sms.lastSmsTo(phone))).toMatch(/^\d{6}$/)
  })

  it('books a walk-in by phone onto the seeded account instead of making a second one', async () => {
    await openAllWeek(db.prisma, world.hospitalA.id, world.doctor.id)
    await testSettings(db.prisma)
    const staff = await callerFor(db.prisma, services, await world.sessionFor(world.users.staff.id))
    const tomorrow = shiftDate(instantToLocal(new Date(), 'Asia/Ho_Chi_Minh').date, 1)
    const anonymous = await callerFor(db.prisma, services)
    const [slot] = (await anonymous.availability.slots({ doctorId: world.doctor.id, from: tomorrow, to: tomorrow }))
      .slots
    if (!slot) throw new Error('no free slot tomorrow')
    const users = await db.prisma.user.count()
    const walkIn = await staff.appointments.bookWalkIn({
      doctorId: world.doctor.id,
      startsAt: slot.startsAt,
      phoneNumber: asTyped(phone),
      firstName: seeded.user.firstName,
      lastName: seeded.user.lastName,
    })
    const stored = await db.prisma.appointment.findUniqueOrThrow({ where: { id: walkIn.id } })
    expect(stored.patientId).toBe(seeded.patient.id)
    expect(await db.prisma.user.count()).toBe(users)
  })

  it.each([
    ['the whole number as typed', asTyped],
    ['its start with the trunk 0', (e164: string) => `0${e164.slice(3, 6)}`],
  ])('finds the seeded account in the admin user search by %s', async (_how, spell) => {
    const admin = await callerFor(db.prisma, services, await world.sessionFor(world.users.admin.id))
    const found = await admin.admin.users({ query: spell(phone), limit: 50 })
    expect(found.items.map((user) => user.id)).toContain(seeded.user.id)
  })

  it('stores phones typed into family members, emergency contacts and hospital contacts as E.164', async () => {
    const patient = await callerFor(db.prisma, services, await world.sessionFor(world.users.patient.id))
    const member = await patient.family.add({
      relationship: 'child',
      firstName: 'Chi',
      lastName: 'Test',
      phoneNumber: '098.765.4321',
    })
    expect(member.phoneNumber).toBe('+84987654321')
    const medical = await patient.patients.updateMedicalProfile({
      emergencyContact: { name: 'Bình', relationship: 'mẹ', phoneNumber: '+84 (0) 912 345 678' },
    })
    expect(medical.emergencyContact?.phoneNumber).toBe('+84912345678')
    const staff = await callerFor(db.prisma, services, await world.sessionFor(world.users.staff.id))
    await staff.myHospital.updateProfile({ contactInfo: { phoneNumber: '(028) 3855 4269' } })
    const hospital = await db.prisma.hospital.findUniqueOrThrow({ where: { id: world.hospitalA.id } })
    expect(hospital.contactInfo).toMatchObject({ phoneNumber: '+842838554269' })
  })

  it('refuses a phone that is not one with a typed error', async () => {
    const patient = await callerFor(db.prisma, services, await world.sessionFor(world.users.patient.id))
    await expect(
      patient.patients.updateMedicalProfile({
        emergencyContact: { name: 'Bình', relationship: 'mẹ', phoneNumber: 'gọi mẹ' },
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' })
  })
})
