import type { PrismaClient } from '@medbook/db'
import { localToInstant, shiftDate } from '../availability/local-time.js'

/**
 * A hospital's activity between two local days: appointments per day by status, no-show
 * rate, revenue from completed payments, busiest doctors, ratings. Every query filters on
 * an indexed (hospitalId, startsAt) or (status, paymentDate) range.
 */
export async function hospitalDashboard(db: PrismaClient, hospitalId: string, range: { from: string; to: string }) {
  const hospital = await db.hospital.findUniqueOrThrow({
    where: { id: hospitalId },
    select: { timeZone: true, ratingAverage: true, ratingCount: true },
  })
  const zone = hospital.timeZone
  const start = localToInstant(range.from, '00:00', zone)
  const end = localToInstant(shiftDate(range.to, 1), '00:00', zone)
  const [perDay, revenue, doctors] = await Promise.all([
    db.$queryRaw<Array<{ date: string; status: string; count: number }>>`
      SELECT to_char(("startsAt" AT TIME ZONE ${zone})::date, 'YYYY-MM-DD') AS date, status::text, count(*)::int AS count
        FROM appointments
       WHERE "hospitalId" = ${hospitalId}::uuid AND "startsAt" >= ${start} AND "startsAt" < ${end}
       GROUP BY 1, 2 ORDER BY 1, 2`,
    db.$queryRaw<Array<{ date: string; amount: bigint }>>`
      SELECT to_char((p."paymentDate" AT TIME ZONE ${zone})::date, 'YYYY-MM-DD') AS date, sum(p.amount - coalesce(p."refundAmount", 0)) AS amount
        FROM payments p JOIN appointments a ON a.id = p."appointmentId"
       WHERE a."hospitalId" = ${hospitalId}::uuid AND p.status IN ('completed', 'refunded') AND p.currency = 'VND'
         AND p."paymentDate" >= ${start} AND p."paymentDate" < ${end}
       GROUP BY 1 ORDER BY 1`,
    db.$queryRaw<Array<{ id: string; name: string; appointments: number; completed: number; rating: number }>>`
      SELECT d.id, u."lastName" || ' ' || u."firstName" AS name, count(a.id)::int AS appointments,
             count(a.id) FILTER (WHERE a.status = 'completed')::int AS completed, d."ratingAverage" AS rating
        FROM doctors d JOIN users u ON u.id = d."userId"
        JOIN appointments a ON a."doctorId" = d.id AND a."startsAt" >= ${start} AND a."startsAt" < ${end}
       WHERE d."hospitalId" = ${hospitalId}::uuid
       GROUP BY d.id, u."lastName", u."firstName", d."ratingAverage"
       ORDER BY appointments DESC, d.id LIMIT 5`,
  ])
  const closed = perDay.filter((row) => row.status === 'completed' || row.status === 'no_show')
  const noShows = closed.filter((row) => row.status === 'no_show').reduce((sum, row) => sum + row.count, 0)
  const closedTotal = closed.reduce((sum, row) => sum + row.count, 0)
  return {
    timeZone: zone,
    perDay,
    noShowRate: closedTotal === 0 ? null : noShows / closedTotal,
    revenue: revenue.map((row) => ({ date: row.date, amount: Number(row.amount) })),
    revenueTotal: revenue.reduce((sum, row) => sum + Number(row.amount), 0),
    busiestDoctors: doctors,
    rating: { average: hospital.ratingAverage, count: hospital.ratingCount },
  }
}

/** Platform totals, growth over the last 12 weeks, and what waits for an admin. */
export async function adminDashboard(db: PrismaClient) {
  const [users, hospitals, doctors, appointments30d, growth] = await Promise.all([
    db.user.groupBy({ by: ['role'], _count: { _all: true } }),
    db.hospital.groupBy({ by: ['status', 'verified'], _count: { _all: true } }),
    db.doctor.groupBy({ by: ['status'], _count: { _all: true } }),
    db.appointment.count({ where: { createdAt: { gte: new Date(Date.now() - 30 * 86_400_000) } } }),
    db.$queryRaw<Array<{ week: string; users: number }>>`
      SELECT to_char(date_trunc('week', "createdAt"), 'YYYY-MM-DD') AS week, count(*)::int AS users
        FROM users WHERE "createdAt" >= now() - interval '12 weeks'
       GROUP BY 1 ORDER BY 1`,
  ])
  return {
    usersByRole: users.map((row) => ({ role: row.role, count: row._count._all })),
    hospitals: hospitals.map((row) => ({ status: row.status, verified: row.verified, count: row._count._all })),
    doctorsByStatus: doctors.map((row) => ({ status: row.status, count: row._count._all })),
    appointmentsLast30Days: appointments30d,
    newUsersPerWeek: growth,
    pending: {
      hospitals: hospitals
        .filter((row) => row.status === 'pending' || !row.verified)
        .reduce((sum, row) => sum + row._count._all, 0),
      doctors: doctors.find((row) => row.status === 'pending')?._count._all ?? 0,
    },
  }
}
