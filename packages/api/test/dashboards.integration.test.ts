import type { Database } from '@medbook/db'
import { seedDemoData } from '@medbook/db/seed'
import { createTestDatabase } from '@medbook/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSession } from '../src/auth/sessions.js'
import { instantToLocal, localToInstant, shiftDate } from '../src/availability/local-time.js'
import { createServices, defaultApiConfig } from '../src/index.js'
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

  it('the admin dashboard counts users, hospitals, doctors and what is pending', async () => {
    const dashboard = await admin.dashboards.admin()
    expect(dashboard.usersByRole.reduce((sum, row) => sum + row.count, 0)).toBe(await db.prisma.user.count())
    expect(dashboard.pending.doctors).toBe(await db.prisma.doctor.count({ where: { status: 'pending' } }))
    expect(dashboard.pending.hospitals).toBe(
      await db.prisma.hospital.count({ where: { OR: [{ status: 'pending' }, { verified: false }] } }),
    )
  })
})
