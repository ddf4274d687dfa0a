import { type PrismaClient, slotDaysCoverageAt } from '@medbook/db'

// doctor_slot_days (prisma/migrations/*_slot_days) holds each doctor's bookable slots per local
// day over a window of days (the coverage), kept in step by triggers. A read uses it only when
// the coverage holds the days asked and was computed with the holidays the reader's settings
// have; otherwise the reader computes from the template, so the answer never depends on it.

type Db = Pick<PrismaClient, 'slotDaysCoverage'>

export interface Coverage {
  from: string
  to: string
  holidays: string[]
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10)

/** The coverage row's dates as ISO days. */
export function toCoverage(row: { fromDate: Date; toDate: Date; holidays: Date[] }): Coverage {
  return { from: isoDate(row.fromDate), to: isoDate(row.toDate), holidays: row.holidays.map(isoDate) }
}

export async function readCoverage(db: Db): Promise<Coverage | null> {
  const row = await db.slotDaysCoverage.findUnique({ where: { id: 1 } })
  return row ? toCoverage(row) : null
}

export function sameDays(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a)
  const right = new Set(b)
  return left.size === right.size && [...left].every((day) => right.has(day))
}

/** The coverage holds every local day from `from` to `to`, computed with these holidays. */
export function coverageServes(
  coverage: Coverage | null,
  days: { from: string; to: string },
  holidays: readonly string[],
): boolean {
  return (
    coverage !== null && coverage.from <= days.from && days.to <= coverage.to && sameDays(coverage.holidays, holidays)
  )
}

/** The UTC day of `now` shifted by `days`: every hospital's today is within one day of it. */
export function utcDay(now: Date, days = 0): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days)).toISOString().slice(0, 10)
}

type RollDb = Pick<PrismaClient, '$executeRaw'>

export async function rollCoverage(db: RollDb, coverage: Coverage): Promise<void> {
  await db.$executeRaw`SELECT medbook_roll_slot_days(${coverage.from}::date, ${coverage.to}::date, ${coverage.holidays}::date[])`
}

/**
 * A change of the horizon or the holidays, applied in the caller's transaction: the coverage
 * keeps its days (the daily roll moves them) and grows to a longer horizon; the days whose
 * holiday status changed are recomputed.
 */
export async function applySettingToCoverage(
  db: Db & RollDb,
  change: { horizonDays?: number; holidays?: string[] },
): Promise<void> {
  const coverage = await readCoverage(db)
  if (!coverage) return
  const longest = change.horizonDays === undefined ? coverage.to : horizonEnd(coverage.from, change.horizonDays)
  await rollCoverage(db, {
    from: coverage.from,
    to: longest > coverage.to ? longest : coverage.to,
    holidays: change.holidays ?? coverage.holidays,
  })
}

/** The last day the coverage starting on `from` (the UTC day before today) holds for this horizon. */
function horizonEnd(from: string, horizonDays: number): string {
  const today = new Date(`${from}T12:00:00Z`)
  today.setUTCDate(today.getUTCDate() + 1)
  return slotDaysCoverageAt(today, horizonDays).to
}
