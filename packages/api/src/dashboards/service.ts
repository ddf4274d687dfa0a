import {
  hospitalAwaitsDecision,
  type TAdminDashboard,
  type TDashboardRangeInput,
  type THospitalDashboard,
} from '@medbook/contracts'
import type { PrismaClient } from '@medbook/db'
import { instantToLocal, localToInstant, shiftDate, weekdayOf } from '../availability/local-time.js'
import { adminQueries, hospitalQueries } from './queries.js'

/** Platform-wide figures count weeks as Vietnam does: Monday 00:00 in Hanoi. */
export const PLATFORM_TIME_ZONE = 'Asia/Ho_Chi_Minh'

type Row<T> = Array<T>

/** The instants that bound a hospital-local range of days, both included. */
export function hospitalRangeInstants(range: TDashboardRangeInput, timeZone: string) {
  return {
    start: localToInstant(range.from, '00:00', timeZone),
    end: localToInstant(shiftDate(range.to, 1), '00:00', timeZone),
  }
}

/**
 * A hospital's activity between two local days: appointments per day by status, no-show
 * rate, revenue from completed payments, busiest doctors and specialties, ratings. Every query
 * filters on an indexed (hospitalId, startsAt) or (status, paymentDate) range.
 */
export async function hospitalDashboard(
  db: PrismaClient,
  hospitalId: string,
  range: TDashboardRangeInput,
): Promise<THospitalDashboard> {
  const hospital = await db.hospital.findUniqueOrThrow({
    where: { id: hospitalId },
    select: { timeZone: true, ratingAverage: true, ratingCount: true },
  })
  const timeZone = hospital.timeZone
  const sql = hospitalQueries({ hospitalId, timeZone, ...hospitalRangeInstants(range, timeZone) })
  const [perDay, revenue, busiestDoctors, busiestSpecialties, byType] = await Promise.all([
    db.$queryRaw<Row<THospitalDashboard['perDay'][number]>>(sql.perDay),
    db.$queryRaw<Row<{ date: string; amount: bigint }>>(sql.revenue),
    db.$queryRaw<Row<THospitalDashboard['busiestDoctors'][number]>>(sql.busiestDoctors),
    db.$queryRaw<Row<THospitalDashboard['busiestSpecialties'][number]>>(sql.busiestSpecialties),
    db.$queryRaw<Row<THospitalDashboard['byType'][number]>>(sql.byType),
  ])
  const countOf = (status: string) =>
    perDay.filter((row) => row.status === status).reduce((sum, row) => sum + row.count, 0)
  const noShows = countOf('no_show')
  const due = noShows + countOf('completed')
  const daily = revenue.map((row) => ({ date: row.date, amount: Number(row.amount) }))
  return {
    timeZone,
    perDay,
    noShowRate: due === 0 ? null : noShows / due,
    revenue: daily,
    revenueTotal: daily.reduce((sum, row) => sum + row.amount, 0),
    busiestDoctors,
    busiestSpecialties,
    byType,
    rating: { average: hospital.ratingAverage, count: hospital.ratingCount },
  }
}

/** The Mondays of the last `weeks` weeks in the platform's zone, oldest first, ending with this week's. */
export function platformWeeks(weeks: number, now: Date = new Date()): string[] {
  const today = instantToLocal(now, PLATFORM_TIME_ZONE).date
  const sinceMonday = (['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const).indexOf(
    weekdayOf(today),
  )
  const monday = shiftDate(today, -sinceMonday)
  return Array.from({ length: weeks }, (_, index) => shiftDate(monday, (index - weeks + 1) * 7))
}

export function adminDashboardParams(weeks: number, now: Date = new Date()) {
  const mondays = platformWeeks(weeks, now)
  return {
    mondays,
    params: {
      timeZone: PLATFORM_TIME_ZONE,
      since: localToInstant(mondays[0] ?? instantToLocal(now, PLATFORM_TIME_ZONE).date, '00:00', PLATFORM_TIME_ZONE),
      last30Days: new Date(now.getTime() - 30 * 86_400_000),
      now,
    },
  }
}

type WeekCount = { week: string; count: number }

/** Platform totals, growth week by week, and what waits for an admin. */
export async function adminDashboard(
  db: PrismaClient,
  input: { weeks: number } = { weeks: 12 },
  now: Date = new Date(),
): Promise<TAdminDashboard> {
  const { mondays, params } = adminDashboardParams(input.weeks, now)
  const sql = adminQueries(params)
  const [
    usersByRole,
    hospitals,
    doctorsByStatus,
    appointments30d,
    usersPerWeek,
    hospitalsPerWeek,
    doctorsPerWeek,
    appointmentsPerWeek,
    pendingHospitals,
    pendingDoctors,
  ] = await Promise.all([
    db.$queryRaw<Row<TAdminDashboard['usersByRole'][number]>>(sql.usersByRole),
    db.$queryRaw<Row<TAdminDashboard['hospitals'][number]>>(sql.hospitals),
    db.$queryRaw<Row<TAdminDashboard['doctorsByStatus'][number]>>(sql.doctorsByStatus),
    db.$queryRaw<Row<{ count: number }>>(sql.appointmentsLast30Days),
    db.$queryRaw<Row<WeekCount & { role: string }>>(sql.usersPerWeek),
    db.$queryRaw<Row<WeekCount>>(sql.hospitalsPerWeek),
    db.$queryRaw<Row<WeekCount>>(sql.doctorsPerWeek),
    db.$queryRaw<Row<WeekCount>>(sql.appointmentsPerWeek),
    db.$queryRaw<Row<{ id: string; name: string; createdAt: Date }>>(sql.oldestPendingHospitals),
    db.$queryRaw<Row<{ id: string; name: string; createdAt: Date }>>(sql.oldestPendingDoctors),
  ])
  const inWeek = (rows: WeekCount[], week: string) =>
    rows.filter((row) => row.week === week).reduce((sum, row) => sum + row.count, 0)
  const growth = mondays.map((week) => ({
    week,
    patients: inWeek(
      usersPerWeek.filter((row) => row.role === 'patient'),
      week,
    ),
    doctors: inWeek(doctorsPerWeek, week),
    hospitals: inWeek(hospitalsPerWeek, week),
    appointments: inWeek(appointmentsPerWeek, week),
  }))
  return {
    usersByRole,
    hospitals,
    doctorsByStatus,
    appointmentsLast30Days: appointments30d[0]?.count ?? 0,
    newUsersPerWeek: mondays.map((week) => ({ week, users: inWeek(usersPerWeek, week) })),
    growth,
    pending: {
      hospitals: hospitals.filter(hospitalAwaitsDecision).reduce((sum, row) => sum + row.count, 0),
      doctors: doctorsByStatus.find((row) => row.status === 'pending')?.count ?? 0,
    },
    oldestPending: { hospitals: pendingHospitals, doctors: pendingDoctors },
  }
}
