import { PLATFORM_TIME_ZONE } from '../lib/format'

/** The Vietnamese calendar day of an instant, "2026-12-06": messages are grouped by it. */
export function platformDay(value: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: PLATFORM_TIME_ZONE }).format(value)
}

export function formatMessageTime(value: Date, language: string): string {
  return new Intl.DateTimeFormat(language, { timeStyle: 'short', timeZone: PLATFORM_TIME_ZONE }).format(value)
}

/** A calendar date "2026-12-06" as the reader writes it. */
export function formatDay(day: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  )
}

/** The inbox's time: the hour today, the date before. */
export function formatListTime(value: Date, language: string, now = new Date()): string {
  return platformDay(value) === platformDay(now)
    ? formatMessageTime(value, language)
    : new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', timeZone: PLATFORM_TIME_ZONE }).format(value)
}

export function formatFileSize(bytes: number, language: string): string {
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 })
  if (bytes < 1024 * 1024) return `${number.format(Math.max(1, Math.round(bytes / 1024)))} KB`
  return `${number.format(bytes / (1024 * 1024))} MB`
}
