import type { TDayOfWeek } from '@medbook/contracts'

// Appointments happen on the hospital's wall clock. Dates arrive as "YYYY-MM-DD" strings and
// times as "HH:MM" strings in that clock; they are shown as given. Only instants (the next free
// slot, a hold's expiry) are converted, always into the hospital's zone, never the phone's.

/** Every listed hospital is in Vietnam; the search results do not carry a zone of their own. */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh'

const WEEKDAYS: readonly TDayOfWeek[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']

function partsOf(date: string): [number, number, number] {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number)
  return [year, month, day]
}

/** Noon UTC of a calendar day: formatting it in UTC gives that day whatever the reader's zone. */
function noonUtc(date: string): Date {
  const [year, month, day] = partsOf(date)
  return new Date(Date.UTC(year, month - 1, day, 12))
}

const clocks = new Map<string, Intl.DateTimeFormat>()

function clockIn(timeZone: string): Intl.DateTimeFormat {
  let clock = clocks.get(timeZone)
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
    clocks.set(timeZone, clock)
  }
  return clock
}

/** The day and "HH:MM" that a clock in `timeZone` shows at `instant`. */
export function wallClock(instant: Date, timeZone: string): { date: string; time: string } {
  const parts = Object.fromEntries(
    clockIn(timeZone)
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  )
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` }
}

export function todayIn(timeZone: string, now: Date = new Date()): string {
  return wallClock(now, timeZone).date
}

export function addDays(date: string, days: number): string {
  const [year, month, day] = partsOf(date)
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10)
}

export function weekdayOf(date: string): TDayOfWeek {
  return WEEKDAYS[noonUtc(date).getUTCDay()] ?? 'sunday'
}

/** "27/11" in Vietnamese (written out: browsers' Vietnamese data differ, some give "27-11"), "Nov 27" in English. */
export function shortDate(date: string, language: string): string {
  if (language === 'vi') {
    const [, month, day] = partsOf(date)
    return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}`
  }
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(noonUtc(date))
}

/** "Thứ Năm, 27 tháng 11, 2025" / "Thursday, November 27, 2025". */
export function longDate(date: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(noonUtc(date))
}

/** "YYYY-MM-DD", a real calendar day. */
export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && noonUtc(value).toISOString().slice(0, 10) === value
}
