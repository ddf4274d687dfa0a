import type pg from 'pg'

/** Search looks this many days past the hospital's today (doctors.search, `sort: 'earliest'`). */
export const SEARCH_DAYS = 14
/** Days held past the horizon, so that a late daily roll never leaves today's horizon uncovered. */
const SPARE_DAYS = 7

export interface SlotDaysCoverage {
  from: string
  to: string
}

function shift(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10)
}

/**
 * The local days doctor_slot_days should hold at `now`: every hospital's today (at most one day
 * from the UTC day) up to the booking horizon or search's days, whichever is further, with spare.
 */
export function slotDaysCoverageAt(now: Date, horizonDays: number): SlotDaysCoverage {
  const utcToday = now.toISOString().slice(0, 10)
  return { from: shift(utcToday, -1), to: shift(utcToday, 1 + Math.max(horizonDays, SEARCH_DAYS) + SPARE_DAYS) }
}

/** Moves the coverage and computes the days it did not hold (all of them the first time). */
export async function rollSlotDays(
  client: Pick<pg.ClientBase, 'query'>,
  coverage: SlotDaysCoverage,
  holidays: readonly string[],
): Promise<void> {
  await client.query('SELECT medbook_roll_slot_days($1::date, $2::date, $3::date[])', [
    coverage.from,
    coverage.to,
    [...holidays],
  ])
}
