import { hashPassword } from '@medbook/api'
import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClient, isMedBookError, type MedBookClient } from '../../../packages/sdk/src/index.js'
import { type RunningServer, startServer } from '../src/server.js'

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const
const PASSWORD = 'Tich-hop-2026'

/** An integrator books through the SDK with a patient's personal API key. */
describe('SDK: find and book with an API key', () => {
  let db: Database
  let server: RunningServer
  let publicClient: MedBookClient
  let patientClient: MedBookClient
  let doctorId: string

  beforeAll(async () => {
    db = await createTestDatabase()
    const cardiology = await db.prisma.specialty.create({
      data: { name: 'Tim mạch', nameEn: 'Cardiology', slug: 'cardiology' },
    })
    const owner = await db.prisma.user.create({
      data: { role: 'hospital', email: 'owner@sdk.test', firstName: 'A', lastName: 'B' },
    })
    const hospital = await db.prisma.hospital.create({
      data: {
        userId: owner.id,
        name: 'Bệnh viện Tích Hợp',
        type: 'hospital',
        street: '10 Phố Huế',
        city: 'Hà Nội',
        latitude: 21.01,
        longitude: 105.85,
        registrationNumber: 'SDK-BOOK',
        status: 'active',
        verified: true,
        operatingHours: { create: DAYS.map((day) => ({ day, openTime: '08:00', closeTime: '11:00' })) },
      },
    })
    const doctorUser = await db.prisma.user.create({
      data: { role: 'doctor', email: 'doctor@sdk.test', firstName: 'Văn Minh', lastName: 'Hoàng' },
    })
    const doctor = await db.prisma.doctor.create({
      data: {
        userId: doctorUser.id,
        hospitalId: hospital.id,
        licenseNumber: 'SDK-LIC',
        consultationFee: 250_000,
        status: 'approved',
        specialties: { create: [{ specialtyId: cardiology.id }] },
        availability: {
          create: DAYS.flatMap((day) =>
            [
              ['08:00', '08:30'],
              ['08:30', '09:00'],
              ['09:00', '09:30'],
            ].map(([startTime = '', endTime = '']) => ({ day, startTime, endTime, type: 'in_person' as const })),
          ),
        },
      },
    })
    doctorId = doctor.id
    await db.prisma.systemSetting.create({ data: { key: 'calendar.publicHolidays', value: [] } })
    await db.prisma.user.create({
      data: {
        role: 'patient',
        email: 'integrator@sdk.test',
        password: await hashPassword(PASSWORD),
        firstName: 'Tích',
        lastName: 'Hợp',
        verificationStatus: true,
        patient: { create: {} },
      },
    })
    server = await startServer({ db: db.prisma })
    publicClient = createClient({ baseUrl: server.url })
    const { sessionToken } = await publicClient.auth.login.mutate({
      identifier: 'integrator@sdk.test',
      password: PASSWORD,
    })
    const session = createClient({ baseUrl: server.url, headers: { authorization: `Bearer ${sessionToken}` } })
    const { secret } = await session.apiKeys.create.mutate({
      name: 'Clinic system',
      scopes: ['appointments:read', 'appointments:write'],
    })
    patientClient = createClient({ baseUrl: server.url, apiKey: secret })
  })
  afterAll(async () => {
    await server?.close()
    await db?.close()
  })

  it('searches, reads availability, books idempotently, reschedules, cancels and lists', async () => {
    const found = await publicClient.doctors.search.query({ query: 'hoang van minh', sort: 'earliest' })
    expect(found.items.map((d) => d.name)).toEqual(['Hoàng Văn Minh'])
    const nextAt = found.items[0]?.nextAvailableAt
    expect(nextAt).toBeInstanceOf(Date)

    const day = new Date((nextAt as Date).getTime() + 24 * 3_600_000).toISOString().slice(0, 10)
    const { slots } = await publicClient.availability.slots.query({ doctorId, from: day, to: day })
    const [first, second] = slots
    if (!first || !second) throw new Error('expected two slots')

    const request = {
      doctorId,
      startsAt: first.startsAt,
      type: 'in_person' as const,
      idempotencyKey: 'clinic-order-7781',
    }
    const booked = await patientClient.appointments.book.mutate(request)
    const retried = await patientClient.appointments.book.mutate(request)
    expect(retried.id).toBe(booked.id)
    expect(booked).toMatchObject({ status: 'scheduled', queueNumber: 1, timeSlot: { startTime: first.startTime } })

    const moved = await patientClient.appointments.reschedule.mutate({
      appointmentId: booked.id,
      startsAt: second.startsAt,
    })
    expect(moved.rescheduledFromId).toBe(booked.id)
    const cancelled = await patientClient.appointments.cancel.mutate({
      appointmentId: moved.id,
      reason: 'Bệnh nhân đổi ý',
    })
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelledBy: 'patient' })

    // neither is still to come: both are history
    const upcoming = await patientClient.appointments.mine.query({ when: 'upcoming' })
    expect(upcoming.items).toEqual([])
    const past = await patientClient.appointments.mine.query({ when: 'past' })
    expect(past.items.map((a) => [a.id, a.status]).sort()).toEqual(
      [
        [booked.id, 'rescheduled'],
        [moved.id, 'cancelled'],
      ].sort(),
    )
  })

  it('the key cannot reach what its scopes do not open', async () => {
    const error = await patientClient.profile.get.query().catch((e: unknown) => e)
    expect(isMedBookError(error)).toBe(true)
    expect((error as { data?: { code?: string } }).data?.code).toBe('FORBIDDEN')
  })
})
