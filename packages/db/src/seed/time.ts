import type { DayOfWeek } from '../generated/prisma/client.js'

// Every seeded hospital is in Vietnam: Asia/Ho_Chi_Minh is UTC+7 all year (no DST), so local
// calendar arithmetic is a fixed shift and needs no time-zone database.

export const HOSPITAL_TIME_ZONE = 'Asia/Ho_Chi_Minh'
export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR
const UTC_OFFSET = 7 * HOUR

export const DAYS_OF_WEEK: readonly DayOfWeek[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]
const BY_UTC_DAY: readonly DayOfWeek[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']

/** "YYYY-MM-DD" in Vietnam of an instant. */
export function localDateOf(instant: Date | number): string {
  return new Date(+instant + UTC_OFFSET).toISOString().slice(0, 10)
}

export function addDays(localDate: string, days: number): string {
  return new Date(Date.parse(`${localDate}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10)
}

export function dayOfWeek(localDate: string): DayOfWeek {
  return BY_UTC_DAY[new Date(`${localDate}T00:00:00Z`).getUTCDay()] ?? 'monday'
}

/** The instant at which a Vietnamese wall clock shows `clock` ("HH:MM") on `localDate`. */
export function localInstant(localDate: string, clock: string): Date {
  return new Date(Date.parse(`${localDate}T${clock}:00Z`) - UTC_OFFSET)
}

/** A @db.Date value: PostgreSQL keeps only the calendar day, so midnight UTC carries it. */
export function calendarDate(localDate: string): Date {
  return new Date(`${localDate}T00:00:00Z`)
}

export function minutesOfClock(clock: string): number {
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5))
}

export function clockOfMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

/** The earlier of two instants. */
export function earliest(a: Date, b: Date): Date {
  return a <= b ? a : b
}
