import { DASHBOARD_MAX_RANGE_DAYS } from '@medbook/contracts'
import { addDays, isIsoDate } from '../schedule/schedule-dates'

export const RANGE_PRESETS = ['7d', '30d', 'month', 'custom'] as const
export type RangePreset = (typeof RANGE_PRESETS)[number]

export interface DateRange {
  /** hospital-local calendar days, both included */
  from: string
  to: string
}

export type RangeProblem = 'invalid' | 'fromAfterTo' | 'tooLong'

export const DEFAULT_PRESET: RangePreset = '30d'

export function isPreset(value: string | null): value is RangePreset {
  return value !== null && (RANGE_PRESETS as readonly string[]).includes(value)
}

/** The days a preset covers, ending today (this month: from its first day). */
export function presetRange(preset: Exclude<RangePreset, 'custom'>, today: string): DateRange {
  if (preset === '7d') return { from: addDays(today, -6), to: today }
  if (preset === '30d') return { from: addDays(today, -29), to: today }
  return { from: `${today.slice(0, 8)}01`, to: today }
}

/** How many days the range covers, both ends included. */
export function spanDays(range: DateRange): number {
  return Math.round((Date.parse(range.to) - Date.parse(range.from)) / 86_400_000) + 1
}

/** The same rules as the API's ZDashboardRangeInput, checked before asking. */
export function rangeProblem(range: { from: string; to: string }): RangeProblem | null {
  if (!isIsoDate(range.from) || !isIsoDate(range.to)) return 'invalid'
  if (range.from > range.to) return 'fromAfterTo'
  if (spanDays(range) - 1 > DASHBOARD_MAX_RANGE_DAYS) return 'tooLong'
  return null
}

/** Every day of the range, in order. */
export function daysOf(range: DateRange): string[] {
  const days: string[] = []
  for (let day = range.from; day <= range.to && days.length <= DASHBOARD_MAX_RANGE_DAYS + 1; day = addDays(day, 1)) {
    days.push(day)
  }
  return days
}
