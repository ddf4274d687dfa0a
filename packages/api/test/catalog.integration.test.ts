import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCaller, createContextInner } from '../src/index.js'
import { createDoctor, createHospital, createSpecialty } from './fixtures.js'

describe('public catalogue: specialties and hospital search', () => {
  let db: Database
  let caller: ReturnType<typeof createCaller>
  let cardiology: { id: string }

  beforeAll(async () => {
    db = await createTestDatabase()
    caller = createCaller(createContextInner({ db: db.prisma }))
    cardiology = await createSpecialty(db.prisma, 'Tim mạch', 'Cardiology')
    const pediatrics = await createSpecialty(db.prisma, 'Nhi khoa', 'Pediatrics')
    const bachMai = await createHospital(db.prisma, {
      name: 'Bệnh viện Bạch Mai',
      city: 'Hà Nội',
      specialtyIds: [cardiology.id],
    })
    await createHospital(db.prisma, {
      name: 'Bệnh viện Chợ Rẫy',
      city: 'TP. Hồ Chí Minh',
      specialtyIds: [pediatrics.id],
    })
    await createHospital(db.prisma, { name: 'Phòng khám Đa khoa Hà Đông', city: 'Hà Nội', type: 'clinic' })
    await createHospital(db.prisma, { name: 'Bệnh viện Chờ Duyệt', city: 'Hà Nội', status: 'pending', verified: false })
    await createHospital(db.prisma, { name: 'Bệnh viện Chưa Xác Minh', city: 'Hà Nội', verified: false })
    await createDoctor(db.prisma, { hospitalId: bachMai.id, specialtyIds: [cardiology.id] })
    await createDoctor(db.prisma, { hospitalId: bachMai.id, specialtyIds: [cardiology.id], status: 'pending' })
  })
  afterAll(async () => {
    await db?.close()
  })

  it('lists specialties with the count of approved doctors only', async () => {
    const specialties = await caller.specialties.list()
    expect(specialties.map((s) => [s.name, s.nameEn, s.doctorCount])).toEqual([
      ['Nhi khoa', 'Pediatrics', 0],
      ['Tim mạch', 'Cardiology', 1],
    ])
  })

  it('shows only active, verified hospitals', async () => {
    const page = await caller.hospitals.search({ limit: 50 })
    expect(page.items.map((h) => h.name).sort()).toEqual([
      'Bệnh viện Bạch Mai',
      'Bệnh viện Chợ Rẫy',
      'Phòng khám Đa khoa Hà Đông',
    ])
    expect(page.nextCursor).toBeNull()
  })

  it('filters by city, type, specialty and text, ignoring case', async () => {
    const inHanoi = await caller.hospitals.search({ city: 'hà nội' })
    expect(inHanoi.items.map((h) => h.name).sort()).toEqual(['Bệnh viện Bạch Mai', 'Phòng khám Đa khoa Hà Đông'])
    const clinics = await caller.hospitals.search({ type: 'clinic' })
    expect(clinics.items.map((h) => h.name)).toEqual(['Phòng khám Đa khoa Hà Đông'])
    const heart = await caller.hospitals.search({ specialtyId: cardiology.id })
    expect(heart.items).toHaveLength(1)
    expect(heart.items[0]?.specialties.map((s) => s.nameEn)).toEqual(['Cardiology'])
    expect(heart.items[0]?.doctorCount).toBe(1)
    const byText = await caller.hospitals.search({ query: 'CHỢ RẪY' })
    expect(byText.items.map((h) => h.name)).toEqual(['Bệnh viện Chợ Rẫy'])
  })

  it('pages with a cursor without repeating or skipping', async () => {
    const first = await caller.hospitals.search({ limit: 2 })
    expect(first.items).toHaveLength(2)
    expect(first.nextCursor).not.toBeNull()
    const second = await caller.hospitals.search({ limit: 2, cursor: first.nextCursor ?? undefined })
    expect(second.items).toHaveLength(1)
    expect(second.nextCursor).toBeNull()
    const names = [...first.items, ...second.items].map((h) => h.name)
    expect(new Set(names).size).toBe(3)
  })

  it('sorts best rated first and filters by rating, paging through ties in a stable order', async () => {
    await db.prisma.hospital.updateMany({
      where: { name: 'Bệnh viện Chợ Rẫy' },
      data: { ratingAverage: 4.6, ratingCount: 20 },
    })
    await db.prisma.hospital.updateMany({
      where: { name: 'Bệnh viện Bạch Mai' },
      data: { ratingAverage: 4.6, ratingCount: 9 },
    })
    await db.prisma.hospital.updateMany({
      where: { name: 'Phòng khám Đa khoa Hà Đông' },
      data: { ratingAverage: 3.9, ratingCount: 4 },
    })
    const seen: string[] = []
    let cursor: string | undefined
    do {
      const page = await caller.hospitals.search({ sort: 'rating', limit: 1, cursor })
      seen.push(...page.items.map((h) => h.name))
      cursor = page.nextCursor ?? undefined
    } while (cursor)
    expect(seen).toEqual(['Bệnh viện Bạch Mai', 'Bệnh viện Chợ Rẫy', 'Phòng khám Đa khoa Hà Đông'])
    const good = await caller.hospitals.search({ minRating: 4.5 })
    expect(good.items.map((h) => h.name).sort()).toEqual(['Bệnh viện Bạch Mai', 'Bệnh viện Chợ Rẫy'])
    await expect(caller.hospitals.search({ minRating: 6 })).rejects.toMatchObject({ code: 'BAD_REQUEST' })
  })

  it('answers bad input with BAD_REQUEST, never a 500', async () => {
    await expect(caller.hospitals.search({ limit: 1000 })).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    const error = await caller.hospitals.search({ cursor: 'not-a-cursor' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TRPCError)
    expect(error).toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('cursor') })
  })
})
