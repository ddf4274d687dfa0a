import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServices, defaultApiConfig } from '../src/index.js'
import { callerFor } from './support/callers.js'
import { openAllWeek, testSettings } from './support/schedule.js'
import { buildWorld, type World } from './support/world.js'

const services = createServices(defaultApiConfig())

describe('hospital operations: profile, services and prices, roster, catalogue', () => {
  let db: Database
  let world: World
  let staff: Awaited<ReturnType<typeof callerFor>>
  let otherStaff: Awaited<ReturnType<typeof callerFor>>
  let admin: Awaited<ReturnType<typeof callerFor>>
  let anonymous: Awaited<ReturnType<typeof callerFor>>

  beforeAll(async () => {
    db = await createTestDatabase()
    world = await buildWorld(db.prisma)
    await openAllWeek(db.prisma, world.hospitalA.id, world.doctor.id)
    await testSettings(db.prisma)
    staff = await callerFor(db.prisma, services, await world.sessionFor(world.users.staff.id))
    otherStaff = await callerFor(db.prisma, services, await world.sessionFor(world.users.otherStaff.id))
    admin = await callerFor(db.prisma, services, await world.sessionFor(world.users.admin.id))
    anonymous = await callerFor(db.prisma, services)
  })
  afterAll(async () => {
    await db?.close()
  })

  it('admins grow the catalogue; staff offer a service at their price; patients see the new price', async () => {
    const xray = await admin.catalogue.saveService({
      name: 'Chụp X-quang ngực',
      category: 'imaging',
      basePrice: 150_000,
    })
    await expect(
      admin.catalogue.saveService({ name: 'Chụp X-quang ngực', category: 'imaging', basePrice: 1 }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    })
    await staff.myHospital.setService({ serviceId: xray.id, price: 180_000, description: 'Kết quả trong 30 phút' })
    expect(
      (await anonymous.catalogue.hospitalServices({ hospitalId: world.hospitalA.id })).map((s) => s.price),
    ).toEqual([180_000])
    await staff.myHospital.setService({ serviceId: xray.id, price: 165_000 })
    const seen = await anonymous.catalogue.hospitalServices({ hospitalId: world.hospitalA.id })
    expect(seen).toMatchObject([{ name: 'Chụp X-quang ngực', price: 165_000, basePrice: 150_000 }])
    await staff.myHospital.setService({ serviceId: xray.id, price: 165_000, isAvailable: false })
    expect(await anonymous.catalogue.hospitalServices({ hospitalId: world.hospitalA.id })).toEqual([])
    expect(await otherStaff.myHospital.services()).toEqual([])
  })

  it('staff edit their hospital profile, opening hours and specialties', async () => {
    const updated = await staff.myHospital.updateProfile({
      facilities: ['Bãi đỗ xe', 'Nhà thuốc'],
      contactInfo: { phoneNumber: '02438686008', website: 'https://benhvien-a.example' },
      operatingHours: [{ day: 'monday', openTime: '07:30', closeTime: '16:30' }],
      specialtyIds: [world.specialty.id],
    })
    expect(updated).toMatchObject({
      facilities: ['Bãi đỗ xe', 'Nhà thuốc'],
      operatingHours: [{ day: 'monday', openTime: '07:30' }],
    })
    expect(updated.specialties.map((s) => s.id)).toEqual([world.specialty.id])
    await expect(
      staff.myHospital.updateProfile({
        operatingHours: [
          { day: 'monday', openTime: '07:00', closeTime: '12:00' },
          { day: 'monday', openTime: '13:00', closeTime: '17:00' },
        ],
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' })
  })

  it('staff edit their doctors’ profiles and fees, and no one else’s', async () => {
    const [doctor] = await staff.myHospital.roster()
    expect(doctor?.id).toBe(world.doctor.id)
    const updated = await staff.myHospital.updateDoctor({
      doctorId: world.doctor.id,
      consultationFee: 450_000,
      languages: ['vi', 'en'],
      qualifications: [{ degree: 'Tiến sĩ Y khoa', institution: 'Đại học Y Hà Nội', year: 2012 }],
    })
    expect(updated).toMatchObject({ consultationFee: 450_000, languages: ['vi', 'en'] })
    expect((await anonymous.doctors.get({ id: world.doctor.id })).consultationFee).toBe(450_000)
    await expect(
      otherStaff.myHospital.updateDoctor({ doctorId: world.doctor.id, consultationFee: 1 }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
  })
})
