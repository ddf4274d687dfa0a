/** Hospitals are in Vietnam; the API answers with the zone too, this is the default before it does. */
export const HOSPITAL_TIME_ZONE = 'Asia/Ho_Chi_Minh'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

export function isIsoDate(value: string | null): value is string {
  return value !== null && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value))
}

/** Today's date in the hospital's zone, as YYYY-MM-DD. */
export function todayIn(timeZone: string = HOSPITAL_TIME_ZONE, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
}

export function addDays(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`)
  value.setUTCDate(value.getUTCDate() + days)
  return value.toISOString().slice(0, 10)
}

/** The Monday of the week that holds `date`. */
export function startOfWeek(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay()
  return addDays(date, -((weekday + 6) % 7))
}

export function weekDays(date: string): string[] {
  const monday = startOfWeek(date)
  return Array.from({ length: 7 }, (_, index) => addDays(monday, index))
}

/** A hospital-local date in the reader's language, e.g. "Thứ Tư, 25/11/2026". */
export function formatDay(date: string, language: string, style: 'long' | 'short' = 'long'): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'vi-VN', {
    timeZone: 'UTC',
    weekday: style,
    day: '2-digit',
    month: '2-digit',
    ...(style === 'long' ? { year: 'numeric' } : {}),
  }).format(new Date(`${date}T00:00:00Z`))
}
