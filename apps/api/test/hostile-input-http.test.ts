import { createSession } from '@medbook/api'
import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import superjson from 'superjson'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../src/server.js'

interface TrpcAnswer {
  status: number
  text: string
  error?: {
    message: string
    data: { code: string; requestId: string | null; fieldErrors: Record<string, string[]> | null }
  }
  data?: unknown
}

/** Issue 13 items 2–6: bad input gets a typed 4xx, never a 500, and a 500 says nothing of the server's insides. */
describe('hostile input over HTTP', () => {
  let db: Database
  let server: RunningServer
  let patientToken: string
  let patientId: string

  const call = async (
    kind: 'query' | 'mutation',
    path: string,
    input: unknown,
    token?: string,
  ): Promise<TrpcAnswer> => {
    const body = JSON.stringify(superjson.serialize(input))
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {}
    const response =
      kind === 'query'
        ? await fetch(`${server.url}/trpc/${path}?input=${encodeURIComponent(body)}`, { headers })
        : await fetch(`${server.url}/trpc/${path}`, {
            method: 'POST',
            headers: { ...headers, 'content-type': 'application/json' },
            body,
          })
    const text = await response.text()
    const parsed = JSON.parse(text) as { error?: { json: TrpcAnswer['error'] }; result?: { data: unknown } }
    return { status: response.status, text, error: parsed.error?.json, data: parsed.result?.data }
  }
  const query = (path: string, input: unknown, token?: string) => call('query', path, input, token)
  const mutate = (path: string, input: unknown, token?: string) => call('mutation', path, input, token)

  beforeAll(async () => {
    db = await createTestDatabase()
    const owner = await db.prisma.user.create({
      data: { role: 'hospital', email: 'owner@hostile.test', firstName: 'A', lastName: 'B' },
    })
    await db.prisma.hospital.create({
      data: {
        userId: owner.id,
        name: 'Bệnh viện Bạch Mai',
        type: 'hospital',
        street: '78 Giải Phóng',
        city: 'Hà Nội',
        latitude: 21.0,
        longitude: 105.84,
        registrationNumber: 'HOSTILE-1',
        status: 'active',
        verified: true,
      },
    })
    const patient = await db.prisma.user.create({
      data: { role: 'patient', email: 'p@hostile.test', firstName: 'P', lastName: 'Q', patient: { create: {} } },
      include: { patient: true },
    })
    patientId = patient.patient?.id ?? ''
    patientToken = (await createSession(db.prisma, patient.id, { ipAddress: null, userAgent: null })).token
    server = await startServer({ db: db.prisma })
  })
  afterAll(async () => {
    await server?.close()
    await db?.close()
  })

  it('refuses NUL characters and broken Unicode in text with 400, in values and in keys', async () => {
    for (const [path, input] of [
      ['hospitals.search', { query: 'Bạch\u0000Mai' }],
      ['doctors.search', { query: '\u0000' }],
      ['doctors.search', { city: 'Hà Nội\uD800' }],
      ['hospitals.search', { query: '\uDC00x' }],
    ] as const) {
      const answer = await query(path, input)
      expect({ path, status: answer.status, code: answer.error?.data.code }).toEqual({
        path,
        status: 400,
        code: 'BAD_REQUEST',
      })
    }
    const keyed = await mutate('patients.updateMedicalProfile', { allergies: ['x'], 'a\u0000': 1 }, patientToken)
    expect(keyed.status).toBe(400)
    // text with real characters from beyond the BMP (a surrogate pair) is fine
    expect((await query('hospitals.search', { query: 'Bạch 🏥' })).status).toBe(200)
  })

  it('takes LIKE characters literally: a backslash city is a city nobody has, "%" and "_" match nothing', async () => {
    for (const input of [{ city: '\\' }, { city: '%' }, { query: '%' }, { query: '_' }, { query: '\\' }]) {
      const answer = await query('hospitals.search', input)
      expect({ input, status: answer.status }).toEqual({ input, status: 200 })
      expect((answer.data as { json: { items: unknown[] } }).json.items).toEqual([])
    }
    for (const input of [{ query: '%' }, { query: '\\' }, { city: '\\' }]) {
      expect((await query('doctors.search', input)).status).toBe(200)
    }
    const found = await query('hospitals.search', { city: 'hà nội', query: 'bạch' })
    expect((found.data as { json: { items: Array<{ name: string }> } }).json.items.map((h) => h.name)).toEqual([
      'Bệnh viện Bạch Mai',
    ])
  })

  it('bounds numbers by their columns', async () => {
    for (const input of [
      { feeMin: 2 ** 31 },
      { feeMax: 2 ** 31 },
      { feeMin: 1e300 },
      { feeMax: -1 },
      { limit: 2 ** 53 },
    ]) {
      const answer = await query('doctors.search', input)
      expect({ input, status: answer.status }).toEqual({ input, status: 400 })
    }
  })

  it('accepts only real calendar dates in sane years, birth and diagnosis dates not in the future', async () => {
    for (const availableOn of ['2026-02-30', '2026-13-01', '2026-00-10', '2026-01-00', '0000-01-01', '9999-12-31']) {
      const answer = await query('doctors.search', { availableOn })
      expect({ availableOn, status: answer.status, code: answer.error?.data.code }).toEqual({
        availableOn,
        status: 400,
        code: 'BAD_REQUEST',
      })
    }
    for (const dateOfBirth of ['2026-02-30', '2099-01-01', '1800-05-05', '2026-00-01']) {
      const answer = await mutate(
        'family.add',
        { relationship: 'child', firstName: 'Bé', lastName: 'Test', dateOfBirth },
        patientToken,
      )
      expect({ dateOfBirth, status: answer.status }).toEqual({ dateOfBirth, status: 400 })
      expect(answer.error?.data.fieldErrors?.dateOfBirth).toHaveLength(1)
    }
    expect(await db.prisma.familyMember.count({ where: { patientId } })).toBe(0)
    const leap = await mutate(
      'family.add',
      { relationship: 'child', firstName: 'Bé', lastName: 'Nhuận', dateOfBirth: '2024-02-29' },
      patientToken,
    )
    expect(leap.status).toBe(200)
    expect((await db.prisma.familyMember.findFirstOrThrow({ where: { patientId } })).dateOfBirth?.toISOString()).toBe(
      '2024-02-29T00:00:00.000Z',
    )
    for (const diagnosedDate of ['0000-01-01', '9999-12-31', '2026-02-30']) {
      const answer = await mutate(
        'patients.updateMedicalProfile',
        { medicalHistory: [{ condition: 'Hen suyễn', diagnosedDate }] },
        patientToken,
      )
      expect({ diagnosedDate, status: answer.status }).toEqual({ diagnosedDate, status: 400 })
    }
  })

  it('refuses instants outside the calendar years PostgreSQL and the product share', async () => {
    const doctorId = '018f0000-0000-7000-8000-000000000000'
    for (const startsAt of [new Date(8.64e15), new Date(-8.64e15), new Date('0001-01-01T00:00:00Z')]) {
      const answer = await mutate('appointments.book', { doctorId, startsAt, type: 'in_person' }, patientToken)
      expect(answer.status).toBe(400)
    }
  })

  it('refuses a forged page cursor with 400', async () => {
    const forged = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
    for (const cursor of [
      forged({ name: 'x', id: 'not-a-uuid' }),
      forged({ name: 'x\u0000', id: '018f0000-0000-7000-8000-000000000000' }),
      forged(['x']),
      'not base64 at all ✗',
    ]) {
      expect((await query('hospitals.search', { cursor })).status).toBe(400)
    }
    expect((await query('doctors.search', { cursor: forged({ key: 'NaN', id: 'x' }) })).status).toBe(400)
    expect(
      (
        await query(
          'appointments.mine',
          { when: 'upcoming', cursor: forged({ startsAt: 'soon', id: 'x' }) },
          patientToken,
        )
      ).status,
    ).toBe(400)
  })

  it('answers an internal failure with "Internal error" and a request id, and nothing of SQL, paths or stack', async () => {
    await db.prisma.$executeRawUnsafe('ALTER TABLE specialties RENAME TO specialties_elsewhere')
    try {
      const answer = await query('specialties.list', undefined)
      expect(answer.status).toBe(500)
      expect(answer.error?.message).toMatch(/^Internal error \(request [0-9a-f-]{36}\)$/)
      expect(answer.error?.data.requestId).toMatch(/^[0-9a-f-]{36}$/)
      for (const secret of [
        'does not exist',
        'relation',
        'SELECT',
        'prisma',
        'Prisma',
        '/work',
        'node_modules',
        '.ts:',
        'stack',
      ]) {
        expect(answer.text).not.toContain(secret)
      }
    } finally {
      await db.prisma.$executeRawUnsafe('ALTER TABLE specialties_elsewhere RENAME TO specialties')
    }
  })
})
