import { hashPassword } from '@medbook/api'
import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClient, isMedBookError, type MedBookClient } from '../../../packages/sdk/src/index.js'
import { type RunningServer, startServer } from '../src/server.js'

const PASSWORD = 'Phong-kham-2026'
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const

/** A clinic's own software runs its roster, prices and schedules through the SDK with a staff API key. */
describe('SDK: hospital operations with a staff API key', () => {
  let db: Database
  let server: RunningServer
  let staff: MedBookClient
  let readOnly: MedBookClient
  let session: MedBookClient
  let doctorId: string
  let serviceId: string

  beforeAll(async () => {
    db = await createTestDatabase()
    const owner = await db.prisma.user.create({
      data: {
        role: 'hospital',
        email: 'clinic@sdk-hospital.test',
        password: await hashPassword(PASSWORD),
        firstName: 'Thu',
        lastName: 'Trần',
        verificationStatus: true,
      },
    })
    const hospital = await db.prisma.hospital.create({
      data: {
        userId: owner.id,
        name: 'Phòng khám Tích Hợp',
        type: 'clinic',
        street: '8 Trần Hưng Đạo',
        city: 'Hà Nội',
        latitude: 21.02,
        longitude: 105.85,
        registrationNumber: 'SDK-HOSP',
        status: 'active',
        verified: true,
        operatingHours: { create: DAYS.map((day) => ({ day, openTime: '08:00', closeTime: '12:00' })) },
      },
    })
    const doctorUser = await db.prisma.user.create({
      data: { role: 'doctor', email: 'bs.mai@sdk-hospital.test', firstName: 'Mai', lastName: 'Đặng' },
    })
    const doctor = await db.prisma.doctor.create({
      data: {
        userId: doctorUser.id,
        hospitalId: hospital.id,
        licenseNumber: 'SDK-HOSP-LIC',
        consultationFee: 200_000,
        status: 'approved',
        availability: {
          create: DAYS.map((day) => ({ day, startTime: '08:00', endTime: '08:30', type: 'in_person' as const })),
        },
      },
    })
    doctorId = doctor.id
    serviceId = (
      await db.prisma.service.create({ data: { name: 'Siêu âm ổ bụng', category: 'imaging', basePrice: 250_000 } })
    ).id
    server = await startServer({ db: db.prisma })
    const { sessionToken } = await createClient({ baseUrl: server.url }).auth.login.mutate({
      identifier: 'clinic@sdk-hospital.test',
      password: PASSWORD,
    })
    session = createClient({ baseUrl: server.url, headers: { authorization: `Bearer ${sessionToken}` } })
    const full = await session.apiKeys.create.mutate({
      name: 'Clinic software',
      scopes: ['hospital:read', 'hospital:write'],
    })
    const read = await session.apiKeys.create.mutate({ name: 'Reporting', scopes: ['hospital:read'] })
    staff = createClient({ baseUrl: server.url, apiKey: full.secret })
    readOnly = createClient({ baseUrl: server.url, apiKey: read.secret })
  })
  afterAll(async () => {
    await server?.close()
    await db?.close()
  })

  it('lists the roster, sets a service price and reads it back, reads and edits a schedule', async () => {
    const roster = await staff.myHospital.roster.query()
    expect(roster.map((d) => [d.id, d.name, d.consultationFee])).toEqual([[doctorId, 'Đặng Mai', 200_000]])

    const catalogue = await staff.catalogue.services.query()
    expect(catalogue.map((s) => s.id)).toContain(serviceId)
    await staff.myHospital.setService.mutate({ serviceId, price: 280_000, description: 'Có kết quả trong ngày' })
    const services = await readOnly.myHospital.services.query()
    expect(services).toEqual([
      expect.objectContaining({ serviceId, price: 280_000, basePrice: 250_000, isAvailable: true }),
    ])

    const updated = await staff.myHospital.updateDoctor.mutate({ doctorId, consultationFee: 230_000 })
    expect(updated.consultationFee).toBe(230_000)

    const schedule = await readOnly.doctorSchedules.get.query({ doctorId })
    expect(schedule.weeklySlots).toHaveLength(7)
    const saved = await staff.doctorSchedules.setWeeklySlots.mutate({
      doctorId,
      slots: [
        { day: 'monday', startTime: '08:00', endTime: '08:30', type: 'in_person' },
        { day: 'monday', startTime: '08:30', endTime: '09:00', type: 'in_person' },
      ],
      onlineHours: [],
    })
    expect(saved.weeklySlots.map((slot) => slot.startTime)).toEqual(['08:00', '08:30'])
    const day = new Date().toISOString().slice(0, 10)
    const week = await readOnly.schedule.appointments.query({ from: day, to: day })
    expect(week.doctors.map((d) => d.id)).toEqual([doctorId])

    const preview = await readOnly.myHospital.deactivationPreview.query({ doctorId })
    expect(preview).toMatchObject({ doctorId, appointments: [], clashCount: 0 })
  })

  it('a read-only key reads but cannot change; staff keys cannot reach what their scopes do not open', async () => {
    const refused = await readOnly.myHospital.setService.mutate({ serviceId, price: 1 }).catch((e: unknown) => e)
    expect(isMedBookError(refused)).toBe(true)
    expect((refused as { data?: { code?: string } }).data?.code).toBe('FORBIDDEN')
    expect((refused as Error).message).toContain('hospital:write')
    const profile = await staff.profile.get.query().catch((e: unknown) => e)
    expect((profile as { data?: { code?: string } }).data?.code).toBe('FORBIDDEN')
    const keys = await staff.apiKeys.list.query().catch((e: unknown) => e)
    expect((keys as { data?: { code?: string } }).data?.code).toBe('FORBIDDEN')
    expect((await readOnly.myHospital.services.query())[0]?.price).toBe(280_000)
  })

  it('deactivates a doctor through the SDK', async () => {
    const result = await staff.myHospital.deactivateDoctor.mutate({
      doctorId,
      futureAppointments: 'cancel',
      reason: 'Hết hợp đồng',
    })
    expect(result).toMatchObject({ doctorId, accountStatus: 'inactive', cancelled: 0 })
    expect((await staff.myHospital.roster.query())[0]?.accountStatus).toBe('inactive')
    const back = await staff.myHospital.reactivateDoctor.mutate({ doctorId })
    expect(back.accountStatus).toBe('active')
  })
})
