import { hashPassword } from '@medbook/api'
import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import superjson from 'superjson'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../src/server.js'

const CLIENTS = 50
const PASSWORD = 'Dat-lich-2026'
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const

/**
 * pg warns, once per process, when a client is handed a query while it already has one
 * waiting (an error from pg 9): every such warning this file's process sees.
 */
function collectPgClientOverlapWarnings(): string[] {
  const seen: string[] = []
  process.on('warning', (warning) => {
    if (warning.name === 'DeprecationWarning' && warning.message.includes('client is already executing a query'))
      seen.push(warning.stack ?? warning.message)
  })
  return seen
}

async function callJson<T>(url: string, init: RequestInit): Promise<{ status: number; body: T }> {
  const response = await fetch(url, init)
  return { status: response.status, body: (await response.json()) as T }
}

describe('booking under concurrency, over real HTTP', () => {
  let db: Database
  let server: RunningServer
  let doctorId: string
  let tokens: string[]
  let startsAt: Date
  const pgClientOverlaps = collectPgClientOverlapWarnings()

  beforeAll(async () => {
    db = await createTestDatabase()
    const password = await hashPassword(PASSWORD)
    const owner = await db.prisma.user.create({
      data: { role: 'hospital', email: 'owner@race.test', firstName: 'A', lastName: 'B' },
    })
    const hospital = await db.prisma.hospital.create({
      data: {
        userId: owner.id,
        name: 'Bệnh viện Đua',
        type: 'hospital',
        street: '1 Lê Lợi',
        city: 'TP. Hồ Chí Minh',
        latitude: 10.77,
        longitude: 106.7,
        registrationNumber: 'RACE-1',
        status: 'active',
        verified: true,
        operatingHours: { create: DAYS.map((day) => ({ day, openTime: '08:00', closeTime: '12:00' })) },
      },
    })
    const doctorUser = await db.prisma.user.create({
      data: { role: 'doctor', email: 'doctor@race.test', firstName: 'C', lastName: 'D' },
    })
    const doctor = await db.prisma.doctor.create({
      data: {
        userId: doctorUser.id,
        hospitalId: hospital.id,
        licenseNumber: 'RACE-LIC',
        consultationFee: 200_000,
        status: 'approved',
        availability: {
          create: DAYS.map((day) => ({ day, startTime: '09:00', endTime: '09:30', type: 'in_person' as const })),
        },
      },
    })
    doctorId = doctor.id
    await db.prisma.systemSetting.create({ data: { key: 'calendar.publicHolidays', value: [] } })
    // fifty patients, each signed in with their own session
    await db.prisma.user.createMany({
      data: Array.from({ length: CLIENTS }, (_, i) => ({
        role: 'patient' as const,
        email: `p${i}@race.test`,
        password,
        firstName: `Khách ${i}`,
        lastName: 'Nguyễn',
        verificationStatus: true,
      })),
    })
    const users = await db.prisma.user.findMany({ where: { role: 'patient' } })
    await db.prisma.patient.createMany({ data: users.map((user) => ({ userId: user.id })) })
    server = await startServer({ db: db.prisma })
    const { createSession } = await import('../../../packages/api/src/auth/sessions.js')
    tokens = await Promise.all(
      users.map(async (user) => (await createSession(db.prisma, user.id, { ipAddress: null, userAgent: null })).token),
    )

    const tomorrow = new Date(Date.now() + 36 * 3_600_000).toISOString().slice(0, 10)
    const input = encodeURIComponent(JSON.stringify(superjson.serialize({ doctorId, from: tomorrow, to: tomorrow })))
    const slots = await callJson<{ result: { data: Parameters<typeof superjson.deserialize>[0] } }>(
      `${server.url}/trpc/availability.slots?input=${input}`,
      {},
    )
    const first = superjson.deserialize<{ slots: Array<{ startsAt: Date }> }>(slots.body.result.data).slots[0]
    if (!first) throw new Error('the doctor has no slot tomorrow')
    startsAt = first.startsAt
  })
  afterAll(async () => {
    await server?.close()
    await db?.close()
  })

  it(`${CLIENTS} patients book the same slot at once: exactly one appointment, the others get CONFLICT`, async () => {
    const body = JSON.stringify(superjson.serialize({ doctorId, startsAt, type: 'in_person' }))
    const results = await Promise.all(
      tokens.map((token) =>
        callJson<{ error?: { json: { data: { code: string } } } }>(`${server.url}/trpc/appointments.book`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body,
        }),
      ),
    )
    const statuses = results.map((r) => r.status)
    expect(statuses.filter((s) => s === 200)).toHaveLength(1)
    expect(statuses.filter((s) => s === 409)).toHaveLength(CLIENTS - 1)
    expect(results.filter((r) => r.status === 409).every((r) => r.body.error?.json.data.code === 'CONFLICT')).toBe(true)
    expect(await db.prisma.appointment.count({ where: { doctorId, startsAt } })).toBe(1)
    expect(pgClientOverlaps).toEqual([])
  })

  it('the same request retried at once with one idempotency key makes one appointment', async () => {
    const later = new Date(startsAt.getTime() + 7 * 24 * 3_600_000)
    const body = JSON.stringify(
      superjson.serialize({ doctorId, startsAt: later, type: 'in_person', idempotencyKey: 'same-request-42' }),
    )
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        callJson<{ result?: { data: { json: { id: string } } } }>(`${server.url}/trpc/appointments.book`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[0]}` },
          body,
        }),
      ),
    )
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(200))
    expect(new Set(results.map((r) => r.body.result?.data.json.id)).size).toBe(1)
    expect(await db.prisma.appointment.count({ where: { doctorId, startsAt: later } })).toBe(1)
    expect(pgClientOverlaps).toEqual([])
  })
})
