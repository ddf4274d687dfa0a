import { Prisma } from '@medbook/db'
import { HOSPITAL_AWAITS_DECISION_SQL } from '../verification/awaiting-decision.js'

// Every statement the dashboards run, as SQL the service issues and apps/api/bench/dashboard-explain.ts
// explains at benchmark scale (EXPLAIN ANALYZE in docs/performance.md): one source, so the figures
// measure what production runs.

export interface HospitalRange {
  hospitalId: string
  timeZone: string
  /** the first instant of the first day and the first instant after the last, in the hospital's zone */
  start: Date
  end: Date
}

/** One hospital's appointments in the range: an index range on appointments (hospitalId, startsAt). */
function inRange({ hospitalId, start, end }: HospitalRange) {
  return Prisma.sql`"hospitalId" = ${hospitalId}::uuid AND "startsAt" >= ${start} AND "startsAt" < ${end}`
}

/** Appointments that stand: neither cancelled nor replaced by a rescheduled one. */
const STANDING = Prisma.sql`status NOT IN ('cancelled', 'rescheduled')`

export function hospitalQueries(range: HospitalRange) {
  return {
    /** appointments per hospital-local day and status */
    perDay: Prisma.sql`
      SELECT to_char(("startsAt" AT TIME ZONE ${range.timeZone})::date, 'YYYY-MM-DD') AS date, status::text AS status,
             count(*)::int AS count
        FROM appointments
       WHERE ${inRange(range)}
       GROUP BY 1, 2 ORDER BY 1, 2`,

    /**
     * Net revenue per hospital-local day: money taken (by payment date) less what went back,
     * read through payments (hospitalId, paymentDate) as one index range.
     */
    revenue: Prisma.sql`
      SELECT to_char(("paymentDate" AT TIME ZONE ${range.timeZone})::date, 'YYYY-MM-DD') AS date,
             sum(amount - coalesce("refundAmount", 0))::bigint AS amount
        FROM payments
       WHERE "hospitalId" = ${range.hospitalId}::uuid AND status IN ('completed', 'refunded') AND currency = 'VND'
         AND "paymentDate" >= ${range.start} AND "paymentDate" < ${range.end}
       GROUP BY 1 ORDER BY 1`,

    /** the five doctors with the most standing appointments: counted first, names joined for five rows only */
    busiestDoctors: Prisma.sql`
      SELECT d.id, u."lastName" || ' ' || u."firstName" AS name, top.appointments, top.completed,
             d."ratingAverage" AS rating
        FROM (SELECT "doctorId", count(*)::int AS appointments,
                     count(*) FILTER (WHERE status = 'completed')::int AS completed
                FROM appointments
               WHERE ${inRange(range)} AND ${STANDING}
               GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 5) top
        JOIN doctors d ON d.id = top."doctorId" JOIN users u ON u.id = d."userId"
       ORDER BY top.appointments DESC, d.id`,

    /** the five specialties whose doctors had the most standing appointments: per doctor first, then per specialty */
    busiestSpecialties: Prisma.sql`
      SELECT s.id, s.name, s."nameEn", sum(per.appointments)::int AS appointments
        FROM (SELECT "doctorId", count(*) AS appointments
                FROM appointments
               WHERE ${inRange(range)} AND ${STANDING}
               GROUP BY 1) per
        JOIN doctor_specialties ds ON ds."doctorId" = per."doctorId"
        JOIN specialties s ON s.id = ds."specialtyId"
       GROUP BY s.id, s.name, s."nameEn"
       ORDER BY appointments DESC, s.id LIMIT 5`,

    /** in person or online, among the standing appointments */
    byType: Prisma.sql`
      SELECT type::text AS type, count(*)::int AS count
        FROM appointments
       WHERE ${inRange(range)} AND ${STANDING}
       GROUP BY 1 ORDER BY 1`,
  }
}

export interface PlatformWeeks {
  timeZone: string
  /** the first instant of the first week shown: a Monday, 00:00 in timeZone */
  since: Date
  /** thirty days before now */
  last30Days: Date
  now: Date
}

/**
 * Appointments that were booked and held on their own (every status but `rescheduled`, whose
 * replacement is counted instead), spelled as the list of statuses so that PostgreSQL reads the
 * index appointments (status, startsAt) for a range of startsAt without visiting the table.
 */
const BOOKED = Prisma.sql`status IN ('scheduled', 'completed', 'cancelled', 'no_show')`

/**
 * Rows per week since `since`, by a timestamptz column: date_bin counts 7-day bins from that
 * Monday (the platform's zone has no daylight saving time, so every bin is a local week), hashed
 * rather than sorted; only the dozens of groups are formatted.
 */
function perWeek(table: Prisma.Sql, column: Prisma.Sql, where: Prisma.Sql, { since, timeZone }: PlatformWeeks) {
  return Prisma.sql`
    SELECT to_char(bin AT TIME ZONE ${timeZone}, 'YYYY-MM-DD') AS week, count::int AS count
      FROM (SELECT date_bin('7 days', ${column}, ${since}::timestamptz) AS bin, count(*) AS count
              FROM ${table} WHERE ${column} >= ${since} AND ${where}
             GROUP BY 1) weeks
     ORDER BY 1`
}

export function adminQueries(params: PlatformWeeks) {
  return {
    usersByRole: Prisma.sql`SELECT role::text AS role, count(*)::int AS count FROM users GROUP BY 1 ORDER BY 1`,

    hospitals: Prisma.sql`
      SELECT status::text AS status, verified, count(*)::int AS count FROM hospitals GROUP BY 1, 2 ORDER BY 1, 2`,

    doctorsByStatus: Prisma.sql`
      SELECT status::text AS status, count(*)::int AS count FROM doctors GROUP BY 1 ORDER BY 1`,

    /** visits due in the last thirty days */
    appointmentsLast30Days: Prisma.sql`
      SELECT count(*)::int AS count FROM appointments
       WHERE ${BOOKED} AND "startsAt" >= ${params.last30Days} AND "startsAt" < ${params.now}`,

    /** new accounts per week and role */
    usersPerWeek: Prisma.sql`
      SELECT to_char(bin AT TIME ZONE ${params.timeZone}, 'YYYY-MM-DD') AS week, role, count::int AS count
        FROM (SELECT date_bin('7 days', "createdAt", ${params.since}::timestamptz) AS bin, role::text AS role,
                     count(*) AS count
                FROM users WHERE "createdAt" >= ${params.since}
               GROUP BY 1, 2) weeks
       ORDER BY 1, 2`,
    doctorsPerWeek: perWeek(Prisma.sql`doctors`, Prisma.sql`"createdAt"`, Prisma.sql`TRUE`, params),
    hospitalsPerWeek: perWeek(Prisma.sql`hospitals`, Prisma.sql`"createdAt"`, Prisma.sql`TRUE`, params),
    /** appointments per week of their visit, up to now */
    appointmentsPerWeek: perWeek(
      Prisma.sql`appointments`,
      Prisma.sql`"startsAt"`,
      Prisma.sql`${BOOKED} AND "startsAt" < ${params.now}`,
      params,
    ),

    oldestPendingHospitals: Prisma.sql`
      SELECT id, name, "createdAt" FROM hospitals WHERE ${HOSPITAL_AWAITS_DECISION_SQL}
       ORDER BY "createdAt", id LIMIT 5`,

    /** the five first, then their names: five lookups in users, not a join of every pending doctor */
    oldestPendingDoctors: Prisma.sql`
      SELECT d.id, u."lastName" || ' ' || u."firstName" AS name, d."createdAt"
        FROM (SELECT id, "userId", "createdAt" FROM doctors WHERE status = 'pending'
               ORDER BY "createdAt", id LIMIT 5) d
        JOIN users u ON u.id = d."userId"
       ORDER BY d."createdAt", d.id`,
  }
}
