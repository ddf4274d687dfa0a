import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServices, defaultApiConfig } from '../src/index.js'
import { callerFor } from './support/callers.js'
import { openAllWeek } from './support/schedule.js'
import { buildWorld, type World } from './support/world.js'

const services = createServices(defaultApiConfig())

describe('the hospital profile and roster as staff see them', () => {
  let db: Database
  let world: World
  let staff: Awaited<ReturnType<typeof callerFor>>
  let otherStaff: Awaited<ReturnType<typeof callerFor>>
  let anonymous: Awaited<ReturnType<typeof callerFor>>

  beforeAll(async () => {
    db = await createTestDatabase()
    world = await buildWorld(db.prisma)
    staff = await callerFor(db.prisma, services, await world.sessionFor(world.users.staff.id))
    otherStaff = await callerFor(db.prisma, services, await world.sessionFor(world.users.otherStaff.id))
    anonymous = await callerFor(db.prisma, services)
  })
  afterAll(async () => {
    await db?.close()
  })

  it('shows staff the registration number and review state the public never sees', async () => {
    const own = await staff.myHospital.profile()
    expect(own).toMatchObject({
      id: world.hospitalA.id,
      registrationNumber: world.hospitalA.registrationNumber,
      status: 'active',
      verified: true,
    })
    const listed = await anonymous.hospitals.get({ id: world.hospitalA.id })
    expect(listed).not.toHaveProperty('registrationNumber')
    expect(listed).not.toHaveProperty('verified')
  })

  it('changes the address, country and registration number; a number another hospital has is a conflict', async () => {
    const updated = await staff.myHospital.updateProfile({
      street: '78 Giải Phóng, Đống Đa',
      country: 'VN',
      postalCode: null,
      latitude: 21.0012,
      longitude: 105.8412,
      registrationNumber: 'HN-BV-2026-0078',
    })
    expect(updated).toMatchObject({
      registrationNumber: 'HN-BV-2026-0078',
      address: { street: '78 Giải Phóng, Đống Đa', country: 'VN', coordinates: { latitude: 21.0012 } },
    })
    expect((await anonymous.hospitals.get({ id: world.hospitalA.id })).address.street).toBe('78 Giải Phóng, Đống Đa')

    const taken = otherStaff.myHospital.updateProfile({ registrationNumber: 'HN-BV-2026-0078' })
    await expect(taken).rejects.toMatchObject({ code: 'CONFLICT' })
    await expect(taken).rejects.toHaveProperty('cause.details.field', 'registrationNumber')
    await expect(staff.myHospital.updateProfile({ latitude: 91 })).rejects.toMatchObject({ code: 'BAD_REQUEST' })
  })

  it('lists each doctor with their rating and the kinds of visit their week offers', async () => {
    await db.prisma.doctor.update({ where: { id: world.doctor.id }, data: { ratingAverage: 4.6, ratingCount: 12 } })
    const [before] = await staff.myHospital.roster()
    expect(before).toMatchObject({ ratings: { average: 4.6, count: 12 }, consultationTypes: [] })

    await openAllWeek(db.prisma, world.hospitalA.id, world.doctor.id)
    await db.prisma.doctorAvailabilitySlot.create({
      data: { doctorId: world.doctor.id, day: 'monday', startTime: '19:00', endTime: '19:30', type: 'online' },
    })
    const [after] = await staff.myHospital.roster()
    expect(after?.consultationTypes).toEqual(['in_person', 'online'])
  })
})
