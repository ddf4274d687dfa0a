import { type PrismaClient, slotDaysCoverageAt } from '@medbook/db'
import { readSettings } from '../settings/service.js'
import { readCoverage, rollCoverage, sameDays } from '../slot-days/coverage.js'
import type { SweepOptions } from './reminders.js'

const REPAIR_BATCH = 500

/**
 * Keeps doctor_slot_days' coverage on today: when the day (or the horizon, or the holidays)
 * moved, rolls it, and once a day, with the roll, recomputes every covered day batch by batch
 * of doctors, each batch its own transaction, so that a drift of any cause lasts a day at most.
 * Returns whether it rolled.
 */
export async function rollSlotDays(db: PrismaClient, options: SweepOptions = {}): Promise<boolean> {
  const now = options.now ?? new Date()
  const settings = await readSettings(db)
  const holidays = settings['calendar.publicHolidays']
  const wanted = { ...slotDaysCoverageAt(now, settings['booking.horizonDays']), holidays }
  const current = await readCoverage(db)
  if (current && current.from === wanted.from && current.to === wanted.to && sameDays(current.holidays, holidays)) {
    return false
  }
  await rollCoverage(db, wanted)
  // the first roll computed everything; a roll within the same day only what moved
  if (!current || current.from === wanted.from) return true
  const doctors = await db.doctor.findMany({ select: { id: true }, orderBy: { id: 'asc' } })
  for (let start = 0; start < doctors.length && !options.signal?.aborted; start += REPAIR_BATCH) {
    const ids = doctors.slice(start, start + REPAIR_BATCH).map((doctor) => doctor.id)
    await db.$executeRaw`SELECT medbook_refresh_slot_days(${ids}::uuid[], ${wanted.from}::date, ${wanted.to}::date)`
  }
  return true
}
