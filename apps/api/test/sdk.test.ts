import type { Database, PrismaClient } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest'
import {
  createClient,
  type HospitalSummary,
  isMedBookError,
  type MedBookClient,
  type MedBookInputs,
} from '../../../packages/sdk/src/index.js'
import { createMockClient, mockError } from '../../../packages/sdk/src/mock.js'
import { type RunningServer, startServer } from '../src/server.js'

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const

/** Two specialties; two listed hospitals in Hà Nội, one in Đà Nẵng, one in Hà Nội awaiting review. */
async function insertCatalogue(db: PrismaClient) {
  const cardiology = await db.specialty.create({ data: { name: 'Tim mạch', nameEn: 'Cardiology', slug: 'tim-mach' } })
  const pediatrics = await db.specialty.create({ data: { name: 'Nhi khoa', nameEn: 'Pediatrics', slug: 'nhi-khoa' } })
  const hospitals = [
    { name: 'Bệnh viện Bạch Mai', city: 'Hà Nội', specialtyIds: [cardiology.id] },
    { name: 'Bệnh viện Hữu nghị Việt Đức', city: 'Hà Nội', specialtyIds: [cardiology.id, pediatrics.id] },
    { name: 'Bệnh viện Đà Nẵng', city: 'Đà Nẵng', specialtyIds: [pediatrics.id] },
    { name: 'Phòng khám Chờ Duyệt', city: 'Hà Nội', specialtyIds: [], status: 'pending', verified: false },
  ] as const
  for (const [index, hospital] of hospitals.entries()) {
    const user = await db.user.create({
      data: {
        role: 'hospital',
        email: `sdk-hospital-${index}@medbook.test`,
        firstName: 'Quản trị',
        lastName: hospital.name,
      },
    })
    await db.hospital.create({
      data: {
        userId: user.id,
        name: hospital.name,
        type: 'hospital',
        street: `${index + 1} Đường Giải Phóng`,
        city: hospital.city,
        latitude: 21.0,
        longitude: 105.84,
        registrationNumber: `SDK-${index + 1}`,
        status: 'status' in hospital ? hospital.status : 'active',
        verified: 'verified' in hospital ? hospital.verified : true,
        specialties: { create: hospital.specialtyIds.map((specialtyId) => ({ specialtyId })) },
        operatingHours: { create: WEEKDAYS.map((day) => ({ day, openTime: '07:00', closeTime: '17:00' })) },
      },
    })
  }
}

describe('the SDK against a running server', () => {
  let db: Database
  let server: RunningServer
  let client: MedBookClient

  beforeAll(async () => {
    db = await createTestDatabase()
    await insertCatalogue(db.prisma)
    server = await startServer({ db: db.prisma })
    client = createClient({ baseUrl: server.url })
  })
  afterAll(async () => {
    await server?.close()
    await db?.close()
  })

  it('lists specialties', async () => {
    const specialties = await client.specialties.list.query()

    expectTypeOf<(typeof specialties)[number]['nameEn']>().toEqualTypeOf<string>()
    expect(specialties.map((specialty) => [specialty.name, specialty.nameEn])).toEqual([
      ['Nhi khoa', 'Pediatrics'],
      ['Tim mạch', 'Cardiology'],
    ])
  })

  it('searches hospitals by city, one page after another', async () => {
    const first = await client.hospitals.search.query({ city: 'Hà Nội', limit: 1 })
    expect(first.items.map((hospital) => hospital.name)).toEqual(['Bệnh viện Bạch Mai'])
    expect(first.nextCursor).toEqual(expect.any(String))

    const second = await client.hospitals.search.query({
      city: 'Hà Nội',
      limit: 1,
      cursor: first.nextCursor ?? undefined,
    })
    expect(second.items.map((hospital) => hospital.name)).toEqual(['Bệnh viện Hữu nghị Việt Đức'])
    expect(second.nextCursor).toBeNull()

    const hospital: HospitalSummary | undefined = second.items[0]
    expectTypeOf<HospitalSummary['address']['coordinates']['latitude']>().toEqualTypeOf<number>()
    expect(hospital).toMatchObject({
      address: { city: 'Hà Nội', country: 'VN' },
      specialties: [{ name: 'Nhi khoa' }, { name: 'Tim mạch' }],
      doctorCount: 0,
    })
    expect(hospital?.operatingHours.map((hours) => hours.day)).toEqual(WEEKDAYS)
  })

  it('batches calls made together', async () => {
    const [cities, specialties] = await Promise.all([client.hospitals.cities.query(), client.specialties.list.query()])
    // the order of cities follows the database's collation, which differs between servers
    expect(cities).toHaveLength(2)
    expect(cities).toEqual(
      expect.arrayContaining([
        { city: 'Hà Nội', hospitalCount: 2 },
        { city: 'Đà Nẵng', hospitalCount: 1 },
      ]),
    )
    expect(specialties).toHaveLength(2)
  })

  it('surfaces invalid input as a typed BAD_REQUEST with field errors', async () => {
    const error = await client.hospitals.search
      .query({ city: 'Hà Nội', limit: 1000 })
      .catch((caught: unknown) => caught)

    expect(isMedBookError(error)).toBe(true)
    if (!isMedBookError(error)) return
    expectTypeOf(error.data?.fieldErrors).toEqualTypeOf<Record<string, string[]> | null | undefined>()
    expect(error.data).toMatchObject({ code: 'BAD_REQUEST', httpStatus: 400, path: 'hospitals.search' })
    expect(Object.keys(error.data?.fieldErrors ?? {})).toEqual(['limit'])
  })
})

describe('the mock client', () => {
  const hospital: HospitalSummary = {
    id: '0195f0c4-1c2b-7000-8000-000000000001',
    name: 'Bệnh viện Thử nghiệm',
    type: 'clinic',
    address: {
      street: '1 Tràng Thi',
      city: 'Hà Nội',
      state: null,
      country: 'VN',
      postalCode: null,
      coordinates: { latitude: 21.02, longitude: 105.85 },
    },
    images: [],
    facilities: ['parking'],
    ratings: { average: 4.5, count: 12 },
    specialties: [],
    operatingHours: [{ day: 'monday', openTime: '08:00', closeTime: '12:00' }],
    doctorCount: 3,
  }

  it('answers each call with its handler, given the call input', async () => {
    const inputs: MedBookInputs['hospitals']['search'][] = []
    const mock = createMockClient({
      hospitals: {
        search: (input) => {
          inputs.push(input)
          return { items: [hospital], nextCursor: null }
        },
      },
    })

    const page = await mock.hospitals.search.query({ city: 'Hà Nội', limit: 5 })

    expect(inputs).toEqual([{ city: 'Hà Nội', limit: 5 }])
    expect(page).toEqual({ items: [hospital], nextCursor: null })
    expect(page.items[0]).not.toBe(hospital)
  })

  it('rejects calls to procedures without a handler, naming them', async () => {
    const mock = createMockClient({ specialties: { list: () => [] } })

    await expect(mock.specialties.list.query()).resolves.toEqual([])
    await expect(mock.hospitals.cities.query()).rejects.toThrow('no handler for "hospitals.cities"')
  })

  it('lets handlers fail the way the API does', async () => {
    const mock = createMockClient({
      hospitals: {
        search: () => {
          throw mockError('BAD_REQUEST', 'Invalid input', {
            fieldErrors: { limit: ['Too big: expected number to be <=100'] },
          })
        },
      },
    })

    const error = await mock.hospitals.search.query({ limit: 1000 }).catch((caught: unknown) => caught)

    expect(isMedBookError(error)).toBe(true)
    if (!isMedBookError(error)) return
    expect(error.message).toBe('Invalid input')
    expect(error.data).toMatchObject({
      code: 'BAD_REQUEST',
      httpStatus: 400,
      fieldErrors: { limit: [expect.any(String)] },
    })
  })

  it('types handlers by the router', () => {
    // @ts-expect-error search returns a page, not a list
    createMockClient({ hospitals: { search: () => [hospital] } })
    // @ts-expect-error there is no such procedure
    createMockClient({ hospitals: { remove: () => null } })
  })
})
