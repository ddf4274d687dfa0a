import type { Database, PrismaClient } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { instantToLocal, shiftDate } from '../src/availability/local-time.js'
import { createServices, defaultApiConfig, fixedClock } from '../src/index.js'
import { readSettings } from '../src/settings/service.js'
import { callerFor } from './support/callers.js'
import { PINNED_INSTANTS } from './support/clock.js'
import { testSettings } from './support/schedule.js'

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const
let sequence = 0

async function hospital(db: PrismaClient, name: string, city: string, latitude: number, longitude: number) {
  const user = await db.user.create({
    data: { role: 'hospital', email: `${++sequence}@h.test`, firstName: 'H', lastName: name },
  })
  return db.hospital.create({
    data: {
      userId: user.id,
      name,
      type: 'hospital',
      street: '1 Phố',
      city,
      latitude,
      longitude,
      registrationNumber: `R-${sequence}`,
      status: 'active',
      verified: true,
      operatingHours: { create: DAYS.map((day) => ({ day, openTime: '08:00', closeTime: '17:00' })) },
    },
  })
}

async function doctor(
  db: PrismaClient,
  input: {
    lastName: string
    firstName: string
    hospitalId: string
    specialtyId: string
    gender: 'male' | 'female'
    fee: number
    rating: number
    languages: string[]
    startTime: string
    online?: boolean
    status?: 'approved' | 'pending'
  },
) {
  const user = await db.user.create({
    data: {
      role: 'doctor',
      email: `${++sequence}@d.test`,
      firstName: input.firstName,
      lastName: input.lastName,
      gender: input.gender,
    },
  })
  const endTime = `${input.startTime.slice(0, 3)}30`
  return db.doctor.create({
    data: {
      userId: user.id,
      hospitalId: input.hospitalId,
      licenseNumber: `L-${sequence}`,
      consultationFee: input.fee,
      ratingAverage: input.rating,
      ratingCount: 10,
      languages: input.languages,
      status: input.status ?? 'approved',
      specialties: { create: [{ specialtyId: input.specialtyId }] },
      availability: {
        create: DAYS.map((day) => ({
          day,
          startTime: input.startTime,
          endTime,
          type: input.online ? ('online' as const) : ('in_person' as const),
        })),
      },
      onlineConsultationHours: input.online
        ? { create: DAYS.map((day) => ({ day, startTime: '08:00', endTime: '17:00' })) }
        : undefined,
    },
  })
}

describe.each(PINNED_INSTANTS)('doctor search at $name', ({ at }) => {
  const now = new Date(at)
  const services = createServices(defaultApiConfig(), { clock: fixedClock(now) })
  const today = instantToLocal(now, 'Asia/Ho_Chi_Minh').date
  let db: Database
  let ids: Record<string, string>
  let cardiology: string
  let search: Awaited<ReturnType<typeof callerFor>>['doctors']['search']

  beforeAll(async () => {
    db = await createTestDatabase()
    await testSettings(db.prisma)
    cardiology = (
      await db.prisma.specialty.create({ data: { name: 'Tim mạch', nameEn: 'Cardiology', slug: 'cardiology' } })
    ).id
    const skin = (
      await db.prisma.specialty.create({ data: { name: 'Da liễu', nameEn: 'Dermatology', slug: 'dermatology' } })
    ).id
    const hoanKiem = await hospital(db.prisma, 'Bệnh viện Hoàn Kiếm', 'Hà Nội', 21.0285, 105.8542)
    const cauGiay = await hospital(db.prisma, 'Bệnh viện Cầu Giấy', 'Hà Nội', 21.0362, 105.7906)
    const quan1 = await hospital(db.prisma, 'Bệnh viện Quận 1', 'TP. Hồ Chí Minh', 10.7769, 106.7009)
    const an = await doctor(db.prisma, {
      lastName: 'Nguyễn Văn',
      firstName: 'An',
      hospitalId: hoanKiem.id,
      specialtyId: cardiology,
      gender: 'male',
      fee: 300_000,
      rating: 4.2,
      languages: ['vi', 'en'],
      startTime: '09:00',
    })
    const binh = await doctor(db.prisma, {
      lastName: 'Trần Thị',
      firstName: 'Bình',
      hospitalId: cauGiay.id,
      specialtyId: cardiology,
      gender: 'female',
      fee: 500_000,
      rating: 4.9,
      languages: ['vi'],
      startTime: '08:00',
    })
    const duc = await doctor(db.prisma, {
      lastName: 'Lê Đức',
      firstName: 'Anh',
      hospitalId: quan1.id,
      specialtyId: skin,
      gender: 'male',
      fee: 200_000,
      rating: 3.8,
      languages: ['vi', 'fr'],
      startTime: '10:00',
      online: true,
    })
    await doctor(db.prisma, {
      lastName: 'Phạm',
      firstName: 'Chờ',
      hospitalId: hoanKiem.id,
      specialtyId: cardiology,
      gender: 'male',
      fee: 100_000,
      rating: 5,
      languages: ['vi'],
      startTime: '07:00',
      status: 'pending',
    })
    ids = { an: an.id, binh: binh.id, duc: duc.id }
    search = (await callerFor(db.prisma, services)).doctors.search
  })
  afterAll(async () => {
    await db?.close()
  })

  const names = (page: { items: Array<{ name: string }> }) => page.items.map((d) => d.name)

  it('finds names without accents or case, word by word', async () => {
    expect(names(await search({ query: 'nguyen van an' }))).toEqual(['Nguyễn Văn An'])
    expect(names(await search({ query: 'DUC' }))).toEqual(['Lê Đức Anh'])
    expect(names(await search({ query: 'an nguyen' }))).toEqual(['Nguyễn Văn An'])
    expect(names(await search({ query: 'tran thi b', sort: 'rating' }))).toEqual(['Trần Thị Bình'])
  })

  it('shows only approved doctors and filters by every criterion', async () => {
    expect(names(await search({ sort: 'rating' }))).toEqual(['Trần Thị Bình', 'Nguyễn Văn An', 'Lê Đức Anh'])
    expect(names(await search({ specialtyId: cardiology, sort: 'fee' }))).toEqual(['Nguyễn Văn An', 'Trần Thị Bình'])
    expect(names(await search({ city: 'tp. hồ chí minh' }))).toEqual(['Lê Đức Anh'])
    expect(names(await search({ language: 'en' }))).toEqual(['Nguyễn Văn An'])
    expect(names(await search({ gender: 'female' }))).toEqual(['Trần Thị Bình'])
    expect(names(await search({ feeMin: 250_000, feeMax: 400_000 }))).toEqual(['Nguyễn Văn An'])
    expect(names(await search({ minRating: 4.5 }))).toEqual(['Trần Thị Bình'])
    const online = await search({ type: 'online' })
    expect(names(online)).toEqual(['Lê Đức Anh'])
    expect(online.items[0]?.consultationTypes).toEqual(['online'])
  })

  it('sorts by rating, fee, distance and earliest free slot', async () => {
    expect(names(await search({ sort: 'fee' }))).toEqual(['Lê Đức Anh', 'Nguyễn Văn An', 'Trần Thị Bình'])
    const fromHoanKiemLake = await search({ sort: 'distance', near: { latitude: 21.0287, longitude: 105.8524 } })
    expect(names(fromHoanKiemLake)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Đức Anh'])
    expect(fromHoanKiemLake.items[0]?.distanceKm).toBeLessThan(1)
    expect(fromHoanKiemLake.items[2]?.distanceKm).toBeGreaterThan(1000)

    // all three work every day; by clock time Bình (08:00) comes first
    const earliest = await search({ sort: 'earliest' })
    expect(earliest.items.every((d) => d.nextAvailableAt instanceof Date)).toBe(true)
    const times = earliest.items.map((d) => d.nextAvailableAt?.getTime() ?? 0)
    expect(times).toEqual([...times].sort((a, b) => a - b))
  })

  it('the earliest slot computed in SQL for search is the first slot the availability procedure lists', async () => {
    const anonymous = await callerFor(db.prisma, services)
    await db.prisma.scheduleException.create({
      data: {
        hospitalId: (await db.prisma.doctor.findUniqueOrThrow({ where: { id: ids.an ?? '' } })).hospitalId,
        doctorId: ids.an ?? '',
        date: new Date(`${shiftDate(today, 1)}T00:00:00Z`),
      },
    })
    for (const doctor of (await search({ sort: 'earliest' })).items) {
      const { slots } = await anonymous.availability.slots({
        doctorId: doctor.id,
        from: today,
        to: shiftDate(today, 14),
      })
      expect(doctor.nextAvailableAt).toEqual(slots[0]?.startsAt ?? null)
    }
  })

  it('a booked slot moves the doctor’s next free slot, and availableOn filters by day', async () => {
    // Bình works 08:00–08:30 every day; the first slot past the notice is hers to lose
    const notice = (await readSettings(db.prisma))['booking.minimumNoticeMinutes'] * 60_000
    const eightOn = (date: string) => new Date(`${date}T08:00:00+07:00`)
    const tomorrow = shiftDate(today, 1)
    const before = (await search({ availableOn: tomorrow, query: 'binh' })).items[0]?.nextAvailableAt
    expect(before).toEqual(eightOn(tomorrow))
    const patientUser = await db.prisma.user.create({
      data: { role: 'patient', email: 'p@s.test', firstName: 'P', lastName: 'Q' },
    })
    const patient = await db.prisma.patient.create({ data: { userId: patientUser.id } })
    const binh = await db.prisma.doctor.findUniqueOrThrow({ where: { id: ids.binh } })
    await db.prisma.appointment.create({
      data: {
        patientId: patient.id,
        doctorId: binh.id,
        hospitalId: binh.hospitalId,
        appointmentDate: new Date(`${tomorrow}T00:00:00Z`),
        startsAt: eightOn(tomorrow),
        endsAt: new Date(eightOn(tomorrow).getTime() + 30 * 60_000),
        type: 'in_person',
      },
    })
    expect((await search({ availableOn: tomorrow, query: 'binh' })).items).toEqual([])
    const todayStillOpen = eightOn(today).getTime() >= now.getTime() + notice
    const expected = todayStillOpen ? eightOn(today) : eightOn(shiftDate(today, 2))
    expect((await search({ query: 'binh', sort: 'earliest' })).items[0]?.nextAvailableAt).toEqual(expected)
  })

  it('pages with a cursor for every sort without repeats or gaps', async () => {
    for (const sort of ['earliest', 'rating', 'fee', 'distance'] as const) {
      const near = { latitude: 16, longitude: 106 }
      const first = await search({ sort, near, limit: 2 })
      const second = await search({ sort, near, limit: 2, cursor: first.nextCursor ?? undefined })
      expect(second.nextCursor).toBeNull()
      expect(new Set([...names(first), ...names(second)]).size).toBe(3)
    }
  })

  it('refuses a distance sort without a point, and gives a profile and nearby hospitals', async () => {
    await expect(search({ sort: 'distance' })).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    const anonymous = await callerFor(db.prisma, services)
    const profile = await anonymous.doctors.get({ id: ids.an ?? '' })
    expect(profile).toMatchObject({ name: 'Nguyễn Văn An', languages: ['vi', 'en'], timeZone: 'Asia/Ho_Chi_Minh' })
    const near = await anonymous.hospitals.near({ latitude: 21.03, longitude: 105.85, radiusKm: 10 })
    expect(near.map((h) => h.name)).toEqual(['Bệnh viện Hoàn Kiếm', 'Bệnh viện Cầu Giấy'])
  })
})
