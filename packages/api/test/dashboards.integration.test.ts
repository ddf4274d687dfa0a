import { HOSPITAL_SEARCH_EXAMPLES, hospitalAwaitsDecision } from '@medbook/contracts'
import type { Database } from '@medbook/db'
import { seedDemoData } from '@medbook/db/seed'
import { createTestDatabase } from '@medbook/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSession } from '../src/auth/sessions.js'
import { instantToLocal, localToInstant, shiftDate, weekdayOf } from '../src/availability/local-time.js'
import { adminDashboard } from '../src/dashboards/service.js'
import { createServices, defaultApiConfig } from '../src/index.js'
import { HOSPITAL_AWAITS_DECISION } from '../src/verification/awaiting-decision.js'
import { callerFor } from './support/callers.js'

const services = createServices(defaultApiConfig())
const ZONE = 'Asia/Ho_Chi_Minh'

describe('dashboards on the seeded demo data', () => {
  let db: Database
  let hospitalId: string
  let staff: Awaited<ReturnType<typeof callerFor>>
  let admin: Awaited<ReturnType<typeof callerFor>>

  beforeAll(async () => {
    db = await createTestDatabase()
    await seedDemoData(db, { scale: 'default' })
    const owner = await db.prisma.user.findUniqueOrThrow({
      where: { email: 'hospital@medbook.vn' },
      include: { hospital: true },
    })
    hospitalId = owner.hospital?.id ?? ''
    const adminUser = await db.prisma.user.findUniqueOrThrow({ where: { email: 'admin@medbook.vn' } })
    const token = async (userId: string) =>
      (await createSession(db.prisma, userId, { ipAddress: null, userAgent: null })).token
    staff = await callerFor(db.prisma, services, await token(owner.id))
    admin = await callerFor(db.prisma, services, await token(adminUser.id))
  })
  afterAll(async () => {
    await db?.close()
  })

  it('the hospital dashboard adds up to what the tables hold', async () => {
    const to = instantToLocal(new Date(), ZONE).date
    const from = shiftDate(to, -60)
    const dashboard = await staff.dashboards.hospital({ from, to })
    const range = { gte: localToInstant(from, '00:00', ZONE), lt: localToInstant(shiftDate(to, 1), '00:00', ZONE) }
    const total = await db.prisma.appointment.count({ where: { hospitalId, startsAt: range } })
    expect(total).toBeGreaterThan(0)
    expect(dashboard.perDay.reduce((sum, row) => sum + row.count, 0)).toBe(total)

    const noShows = await db.prisma.appointment.count({ where: { hospitalId, startsAt: range, status: 'no_show' } })
    const completed = await db.prisma.appointment.count({ where: { hospitalId, startsAt: range, status: 'completed' } })
    expect(dashboard.noShowRate).toBeCloseTo(noShows / (noShows + completed), 10)

    const payments = await db.prisma.payment.findMany({
      where: {
        appointment: { hospitalId },
        status: { in: ['completed', 'refunded'] },
        currency: 'VND',
        paymentDate: range,
      },
    })
    expect(dashboard.revenueTotal).toBe(payments.reduce((sum, p) => sum + p.amount - (p.refundAmount ?? 0), 0))
    const counts = dashboard.busiestDoctors.map((d) => d.appointments)
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
  })

  it('counts the busiest doctors and specialties and the visit types among the appointments that stand', async () => {
    const to = instantToLocal(new Date(), ZONE).date
    const from = shiftDate(to, -30)
    const dashboard = await staff.dashboards.hospital({ from, to })
    const range = { gte: localToInstant(from, '00:00', ZONE), lt: localToInstant(shiftDate(to, 1), '00:00', ZONE) }
    const standing = { hospitalId, startsAt: range, status: { notIn: ['cancelled' as const, 'rescheduled' as const] } }

    const top = dashboard.busiestDoctors[0]
    expect(top).toBeDefined()
    expect(top?.appointments).toBe(await db.prisma.appointment.count({ where: { ...standing, doctorId: top?.id } }))
    expect(top?.completed).toBe(
      await db.prisma.appointment.count({ where: { ...standing, doctorId: top?.id, status: 'completed' } }),
    )
    expect(dashboard.busiestDoctors.length).toBeLessThanOrEqual(5)

    expect(dashboard.busiestSpecialties.length).toBeGreaterThan(0)
    for (const specialty of dashboard.busiestSpecialties) {
      const expected = await db.prisma.appointment.count({
        where: { ...standing, doctor: { specialties: { some: { specialtyId: specialty.id } } } },
      })
      expect(specialty.appointments).toBe(expected)
    }
    const specialtyCounts = dashboard.busiestSpecialties.map((s) => s.appointments)
    expect(specialtyCounts).toEqual([...specialtyCounts].sort((a, b) => b - a))

    expect(dashboard.byType.reduce((sum, row) => sum + row.count, 0)).toBe(
      await db.prisma.appointment.count({ where: standing }),
    )
    const online = dashboard.byType.find((row) => row.type === 'online')?.count ?? 0
    expect(online).toBe(await db.prisma.appointment.count({ where: { ...standing, type: 'online' } }))
  })

  it('refuses a range that ends before it starts or spans more than a year', async () => {
    await expect(staff.dashboards.hospital({ from: '2026-03-02', to: '2026-03-01' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    })
    await expect(staff.dashboards.hospital({ from: '2025-01-01', to: '2026-01-03' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    })
    const year = await staff.dashboards.hospital({ from: '2025-01-01', to: '2026-01-02' })
    expect(year.timeZone).toBe(ZONE)
  })

  it('the admin dashboard counts users, hospitals, doctors and what is pending', async () => {
    // a rejected hospital was decided: neither the dashboard nor the queue counts it as waiting
    const queued = await admin.verification.queue()
    const rejected = queued.hospitals.find((hospital) => hospital.status === 'pending')
    if (!rejected) throw new Error('the demo data has a pending hospital')
    await admin.verification.decideHospital({ hospitalId: rejected.id, approve: false, reason: 'Thiếu giấy phép' })
    const dashboard = await admin.dashboards.admin()
    expect(dashboard.usersByRole.reduce((sum, row) => sum + row.count, 0)).toBe(await db.prisma.user.count())
    expect(dashboard.pending.doctors).toBe(await db.prisma.doctor.count({ where: { status: 'pending' } }))
    expect(dashboard.pending.hospitals).toBe(await db.prisma.hospital.count({ where: HOSPITAL_AWAITS_DECISION }))
    // the verification queue counts the same hospitals as waiting
    const queue = await admin.verification.queue()
    expect(queue.hospitals.filter(hospitalAwaitsDecision)).toHaveLength(dashboard.pending.hospitals)
  })

  it('grows week by week: every week present, each figure what the tables hold', async () => {
    const now = new Date()
    const weeks = 8
    const dashboard = await adminDashboard(db.prisma, { weeks }, now)
    expect(dashboard.growth).toHaveLength(weeks)
    expect(dashboard.newUsersPerWeek.map((row) => row.week)).toEqual(dashboard.growth.map((row) => row.week))
    const mondays = dashboard.growth.map((row) => row.week)
    for (const monday of mondays) expect(weekdayOf(monday)).toBe('monday')
    const today = instantToLocal(now, ZONE).date
    const thisMonday = mondays.at(-1) ?? ''
    expect(thisMonday <= today && today < shiftDate(thisMonday, 7)).toBe(true)

    const since = localToInstant(mondays[0] ?? '', '00:00', ZONE)
    const sum = (key: 'patients' | 'doctors' | 'hospitals' | 'appointments') =>
      dashboard.growth.reduce((total, row) => total + row[key], 0)
    expect(sum('patients')).toBe(await db.prisma.user.count({ where: { role: 'patient', createdAt: { gte: since } } }))
    expect(sum('doctors')).toBe(await db.prisma.doctor.count({ where: { createdAt: { gte: since } } }))
    expect(sum('hospitals')).toBe(await db.prisma.hospital.count({ where: { createdAt: { gte: since } } }))
    const due = (gte: Date) =>
      db.prisma.appointment.count({ where: { startsAt: { gte, lt: now }, status: { not: 'rescheduled' } } })
    expect(sum('appointments')).toBe(await due(since))
    expect(sum('appointments')).toBeGreaterThan(0)
    expect(dashboard.growth.at(-1)?.appointments).toBe(await due(localToInstant(thisMonday, '00:00', ZONE)))
    expect(dashboard.newUsersPerWeek.reduce((total, row) => total + row.users, 0)).toBe(
      await db.prisma.user.count({ where: { createdAt: { gte: since } } }),
    )
    expect(dashboard.appointmentsLast30Days).toBe(await due(new Date(now.getTime() - 30 * 86_400_000)))
  })

  it('finds hospitals for every example the home page offers', async () => {
    for (const query of HOSPITAL_SEARCH_EXAMPLES) {
      const found = await admin.hospitals.search({ query })
      expect(found.items.length, `no hospital for the example "${query}"`).toBeGreaterThan(0)
    }
    // the doctor search's example too, as typed in either language
    for (const query of ['Nguyễn Văn An', 'Nguyen Van An']) {
      const found = await admin.doctors.search({ query })
      expect(found.items.length, `no doctor for the example "${query}"`).toBeGreaterThan(0)
    }
  })

  it('lists the oldest pending applications first', async () => {
    const dashboard = await admin.dashboards.admin()
    expect(dashboard.growth).toHaveLength(12)
    const doctors = await db.prisma.doctor.findMany({
      where: { status: 'pending' },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: 5,
      select: { id: true },
    })
    expect(dashboard.oldestPending.doctors.map((row) => row.id)).toEqual(doctors.map((row) => row.id))
    const hospitals = await db.prisma.hospital.findMany({
      where: HOSPITAL_AWAITS_DECISION,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: 5,
      select: { id: true },
    })
    expect(dashboard.oldestPending.hospitals.map((row) => row.id)).toEqual(hospitals.map((row) => row.id))
    await expect(admin.dashboards.admin({ weeks: 60 })).rejects.toMatchObject({ code: 'BAD_REQUEST' })
  })
})
