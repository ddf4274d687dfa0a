import { ZQualification } from '@medbook/contracts'
import { type Database, Prisma } from '@medbook/db'
import { seedDemoData } from '@medbook/db/seed'
import { createTestDatabase } from '@medbook/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findMyAppointments } from '../src/appointments/mine-sql.js'
import { appointmentSelect, toAppointment } from '../src/appointments/present.js'
import { upcomingWhere } from '../src/appointments/upcoming.js'
import { nextFreeSlotSql } from '../src/doctors/next-slot-sql.js'
import { getDoctorProfile } from '../src/doctors/profile-service.js'
import { doctorSummarySelect, loadDoctorSummaries, toDoctorSummary } from '../src/doctors/summaries.js'
import { parseList } from '../src/patients/service.js'
import { readSettings } from '../src/settings/service.js'

/**
 * appointments.mine and doctors.get read with one SQL statement each; they must answer exactly
 * what the Prisma selects they replaced answer: for appointments.mine page by page, for patients
 * whose visits have family members, charges, payments and promotions, upcoming and past, at
 * several instants; for doctors.get for every doctor of the demo data, bookable or not.
 */
describe('read paths in one statement', () => {
  let db: Database

  beforeAll(async () => {
    db = await createTestDatabase()
    await seedDemoData(db, { scale: 'default', log: () => {} })
    // the demo data redeems no promotion: one visit of the busiest patient gets a discount
    const admin = await db.prisma.user.findFirstOrThrow({ where: { role: 'admin' } })
    const [busiest] = await db.prisma.appointment.groupBy({
      by: ['patientId'],
      _count: { _all: true },
      orderBy: [{ _count: { patientId: 'desc' } }, { patientId: 'asc' }],
      take: 1,
    })
    const visit = await db.prisma.appointment.findFirstOrThrow({
      where: { patientId: busiest?.patientId, subtotalAmount: { gt: 10_000 } },
    })
    const promotion = await db.prisma.promotion.create({
      data: {
        code: 'MINE10K',
        discountType: 'fixed',
        discountValue: 10_000,
        startDate: new Date('2020-01-01'),
        endDate: new Date('2040-01-01'),
        createdById: admin.id,
      },
    })
    await db.prisma.promotionRedemption.create({
      data: { promotionId: promotion.id, patientId: visit.patientId, appointmentId: visit.id, discountAmount: 10_000 },
    })
    await db.prisma.appointment.update({
      where: { id: visit.id },
      data: { discountAmount: 10_000, totalAmount: visit.subtotalAmount - 10_000 },
    })
    // list columns written without a value hold NULL, which Prisma reads as []
    await db.pool.query('UPDATE appointments SET symptoms = NULL WHERE id = $1', [visit.id])
    await db.pool.query('UPDATE doctors SET languages = NULL WHERE id IN (SELECT id FROM doctors ORDER BY id LIMIT 20)')
  }, 180_000)
  afterAll(async () => {
    await db?.close()
  })

  function prismaPage(patientId: string, upcoming: boolean, now: Date, after: { startsAt: Date; id: string } | null) {
    return db.prisma.appointment.findMany({
      where: {
        patientId,
        AND: [
          upcoming ? upcomingWhere(now) : { NOT: upcomingWhere(now) },
          ...(after
            ? [
                {
                  OR: [
                    { startsAt: upcoming ? { gt: after.startsAt } : { lt: after.startsAt } },
                    { startsAt: after.startsAt, id: upcoming ? { gt: after.id } : { lt: after.id } },
                  ],
                },
              ]
            : []),
        ],
      },
      orderBy: upcoming ? [{ startsAt: 'asc' }, { id: 'asc' }] : [{ startsAt: 'desc' }, { id: 'desc' }],
      take: 4,
      select: appointmentSelect,
    })
  }

  it('pages through every sampled patient exactly as the Prisma select does', async () => {
    const { rows: sample } = await db.pool.query<{ patientId: string }>(`
      (SELECT "patientId" FROM appointments GROUP BY "patientId" ORDER BY count(*) DESC, "patientId" LIMIT 4)
      UNION (SELECT "patientId" FROM appointments WHERE "familyMemberId" IS NOT NULL ORDER BY id LIMIT 3)
      UNION (SELECT a."patientId" FROM appointments a JOIN payments p ON p."appointmentId" = a.id ORDER BY a.id LIMIT 3)
      UNION (SELECT a."patientId" FROM appointments a JOIN promotion_redemptions r ON r."appointmentId" = a.id ORDER BY a.id LIMIT 3)
      UNION (SELECT a."patientId" FROM appointments a JOIN appointment_charges c ON c."appointmentId" = a.id ORDER BY a.id LIMIT 3)`)
    const { rows: span } = await db.pool.query<{ first: Date; last: Date }>(
      'SELECT min("startsAt") AS first, max("endsAt") AS last FROM appointments',
    )
    const { first, last } = span[0] as { first: Date; last: Date }
    const instants = [0.25, 0.5, 0.75].map((f) => new Date(first.getTime() + f * (last.getTime() - first.getTime())))
    const seen = { family: 0, charges: 0, payment: 0, discount: 0, rows: 0 }
    for (const { patientId } of sample) {
      for (const now of instants) {
        for (const upcoming of [true, false]) {
          let after: { startsAt: Date; id: string } | null = null
          for (;;) {
            const expected = await prismaPage(patientId, upcoming, now, after)
            const actual = await findMyAppointments(db.prisma, { patientId, upcoming, now, after, take: 4 })
            expect(actual.map(toAppointment)).toEqual(expected.map(toAppointment))
            for (const row of actual.map(toAppointment)) {
              seen.rows++
              if (row.familyMember) seen.family++
              if (row.bill.charges.length > 0) seen.charges++
              if (row.payment) seen.payment++
              if (row.bill.discount) seen.discount++
            }
            const lastRow = expected.at(-1)
            if (expected.length < 4 || !lastRow) break
            after = { startsAt: lastRow.startsAt, id: lastRow.id }
          }
        }
      }
    }
    // the comparison covered every part of the row, not only bare appointments
    for (const count of Object.values(seen)) expect(count).toBeGreaterThan(0)
  }, 120_000)

  /** doctors.get as it was: Prisma's select, then the next free slot */
  async function prismaProfile(doctorId: string, now: Date) {
    const row = await db.prisma.doctor.findFirst({
      where: {
        id: doctorId,
        status: 'approved',
        user: { status: 'active', role: 'doctor' },
        hospital: { status: 'active', verified: true },
      },
      select: { ...doctorSummarySelect, biography: true, qualifications: true, licenseNumber: true },
    })
    if (!row) return null
    const settings = await readSettings(db.prisma)
    const slotSql = nextFreeSlotSql({
      days: 14,
      earliest: new Date(now.getTime() + settings['booking.minimumNoticeMinutes'] * 60_000),
      holidays: settings['calendar.publicHolidays'],
      now,
    })
    const [next] = await db.prisma.$queryRaw<Array<{ next_at: Date | null }>>(Prisma.sql`
      SELECT next.starts_at AS next_at FROM doctors d JOIN hospitals h ON h.id = d."hospitalId"
        LEFT JOIN LATERAL (${slotSql}) next ON TRUE WHERE d.id = ${doctorId}::uuid`)
    return {
      ...toDoctorSummary(row),
      nextAvailableAt: next?.next_at ?? null,
      distanceKm: null,
      biography: row.biography,
      qualifications: parseList(ZQualification, row.qualifications),
      licenseNumber: row.licenseNumber,
      timeZone: row.hospital.timeZone,
    }
  }

  it('answers doctors.get for every doctor exactly as the Prisma select does (specialties by name)', async () => {
    const doctors = await db.prisma.doctor.findMany({ select: { id: true }, orderBy: { id: 'asc' } })
    const now = new Date()
    let found = 0
    for (const { id } of doctors) {
      const expected = await prismaProfile(id, now)
      const actual = await getDoctorProfile(db.prisma, id, now).catch((error: { code?: string }) => {
        expect(error.code).toBe('NOT_FOUND')
        return null
      })
      if (expected) {
        found++
        expected.specialties.sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id))
        actual?.specialties.sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id))
      }
      expect(actual).toEqual(expected)
    }
    expect(found).toBeGreaterThan(0)
    expect(found).toBeLessThan(doctors.length)
  }, 120_000)

  it('loads the summaries search shows for every doctor exactly as the Prisma select does', async () => {
    const ids = (await db.prisma.doctor.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map(({ id }) => id)
    const bySpecialtyName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
      a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id)
    const rows = await db.prisma.doctor.findMany({ where: { id: { in: ids } }, select: doctorSummarySelect })
    const expected = new Map(rows.map((row) => [row.id, toDoctorSummary(row)]))
    const actual = await loadDoctorSummaries(db.prisma, ids)
    expect(actual.size).toBe(ids.length)
    for (const id of ids) {
      const want = expected.get(id)
      want?.specialties.sort(bySpecialtyName)
      const got = actual.get(id)
      got?.specialties.sort(bySpecialtyName)
      expect(got).toEqual(want)
    }
    expect((await loadDoctorSummaries(db.prisma, [])).size).toBe(0)
  }, 120_000)
})
