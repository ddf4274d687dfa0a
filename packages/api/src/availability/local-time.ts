import { TZDate } from '@date-fns/tz'
import { addDays, format, getDay } from 'date-fns'

// Hospital-local calendar days and clock times, converted with @date-fns/tz (the IANA
// database), never with hand-made offsets.

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const
export type Weekday = (typeof WEEKDAYS)[number]

function parts(isoDate: string): [number, number, number] {
  const [y, m, d] = isoDate.split('-').map(Number)
  return [y ?? 0, (m ?? 1) - 1, d ?? 1]
}

/** The instant at which the clock on the wall of a hospital in `timeZone` shows `date` `time`. */
export function localToInstant(date: string, time: string, timeZone: string): Date {
  const [hh, mm] = time.split(':').map(Number)
  const [y, m, d] = parts(date)
  return new Date(new TZDate(y, m, d, hh ?? 0, mm ?? 0, timeZone).getTime())
}

export function instantToLocal(instant: Date, timeZone: string): { date: string; time: string } {
  const local = new TZDate(instant.getTime(), timeZone)
  return { date: format(local, 'yyyy-MM-dd'), time: format(local, 'HH:mm') }
}

export function weekdayOf(date: string): Weekday {
  const [y, m, d] = parts(date)
  return WEEKDAYS[getDay(new Date(Date.UTC(y, m, d, 12)))] ?? 'sunday'
}

/** The calendar days from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = []
  const [y, m, d] = parts(from)
  for (let day = new Date(Date.UTC(y, m, d)); format(day, 'yyyy-MM-dd') <= to; day = addDays(day, 1)) {
    days.push(format(day, 'yyyy-MM-dd'))
    if (days.length > 400) break
  }
  return days
}

export function shiftDate(date: string, days: number): string {
  const [y, m, d] = parts(date)
  return new Date(Date.UTC(y, m, d + days)).toISOString().slice(0, 10)
}

/** A Date for a `@db.Date` column: midnight UTC of that calendar day. */
export function dateColumn(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`)
}
