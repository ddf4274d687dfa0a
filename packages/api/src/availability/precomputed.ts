import type { TConsultationType } from '@medbook/contracts'
import type { PrismaClient } from '@medbook/db'
import type { Settings } from '../settings/service.js'
import { type Coverage, coverageServes, toCoverage } from '../slot-days/coverage.js'
import { dateColumn, instantToLocal, localToInstant, shiftDate } from './local-time.js'
import { bookable, listSlotDays, loadBookableDoctor, type Slot } from './service.js'

type Db = Parameters<typeof listSlotDays>[0] & Pick<PrismaClient, 'doctor' | 'doctorSlotDay' | '$queryRaw'>

interface PlaceRow {
  id: string
  status: string
  user_status: string
  user_role: string
  hospital_status: string
  verified: boolean
  time_zone: string
  coverage_from: Date | null
  coverage_to: Date | null
  coverage_holidays: Date[] | null
}

/** Where the doctor works, whether patients can book them, and the slot days' coverage: one round trip. */
async function loadPlaceAndCoverage(
  db: Db,
  doctorId: string,
): Promise<{ doctor: { id: string; timeZone: string }; coverage: Coverage | null }> {
  const [row] = await db.$queryRaw<PlaceRow[]>`
    SELECT d.id, d.status::text AS status, u.status::text AS user_status, u.role::text AS user_role,
           h.status::text AS hospital_status, h.verified, h."timeZone" AS time_zone,
           c."fromDate" AS coverage_from, c."toDate" AS coverage_to, c.holidays AS coverage_holidays
      FROM doctors d
      JOIN users u ON u.id = d."userId"
      JOIN hospitals h ON h.id = d."hospitalId"
      LEFT JOIN slot_days_coverage c ON c.id = 1
     WHERE d.id = ${doctorId}::uuid`
  const doctor = bookable(
    row
      ? {
          id: row.id,
          status: row.status,
          user: { status: row.user_status, role: row.user_role },
          hospital: { status: row.hospital_status, verified: row.verified, timeZone: row.time_zone },
        }
      : null,
  )
  const coverage =
    row?.coverage_from && row.coverage_to
      ? toCoverage({ fromDate: row.coverage_from, toDate: row.coverage_to, holidays: row.coverage_holidays ?? [] })
      : null
  return { doctor: { id: doctor.id, timeZone: doctor.hospital.timeZone }, coverage }
}

/**
 * A bookable doctor's id, time zone and listSlotDays' answer, read from doctor_slot_days (one
 * indexed range of rows), or computed by listSlotDays when the precomputed days do not cover
 * the range or the holidays differ.
 */
export async function readSlotDays(
  db: Db,
  doctorId: string,
  range: { from: string; to: string; type?: TConsultationType },
  settings: Settings,
  now: Date,
): Promise<{ doctorId: string; timeZone: string; slots: Slot[]; workingDates: string[] }> {
  const { doctor, coverage } = await loadPlaceAndCoverage(db, doctorId)
  const zone = doctor.timeZone
  const today = instantToLocal(now, zone).date
  const lastDay = shiftDate(today, settings['booking.horizonDays'])
  const from = range.from < today ? today : range.from
  const to = range.to > lastDay ? lastDay : range.to
  if (from > to) return { doctorId: doctor.id, timeZone: zone, slots: [], workingDates: [] }

  const days = await db.doctorSlotDay.findMany({
    where: { doctorId: doctor.id, date: { gte: dateColumn(from), lte: dateColumn(to) } },
    orderBy: { date: 'asc' },
  })
  if (!coverageServes(coverage, { from, to }, settings['calendar.publicHolidays'])) {
    const schedule = await loadBookableDoctor(db, doctorId)
    return { doctorId: doctor.id, timeZone: zone, ...(await listSlotDays(db, schedule, range, settings, now)) }
  }
  const earliest = now.getTime() + settings['booking.minimumNoticeMinutes'] * 60_000
  const slots: Slot[] = []
  const workingDates: string[] = []
  for (const day of days) {
    const date = day.date.toISOString().slice(0, 10)
    let working = false
    day.starts.forEach((startsAt, i) => {
      const type = day.types[i]
      const startTime = day.startTimes[i]
      const endTime = day.endTimes[i]
      if (!type || !startTime || !endTime || (range.type && type !== range.type)) return
      working = true
      if (!day.free[i] || startsAt.getTime() < earliest) return
      slots.push({ startsAt, endsAt: localToInstant(date, endTime, zone), date, startTime, endTime, type })
    })
    if (working) workingDates.push(date)
  }
  return { doctorId: doctor.id, timeZone: zone, slots, workingDates }
}
