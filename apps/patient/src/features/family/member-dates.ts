import { formatDate } from '@medbook/ui'

/** A "YYYY-MM-DD" calendar date read in the reader's own zone, so it never shifts by a day. */
function localDate(iso: string): Date {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number)
  return new Date(year, month - 1, day)
}

export function formatBirthDate(iso: string, language: string): string {
  // a calendar date has no zone: midnight UTC shown in UTC is the same day everywhere
  return formatDate(new Date(`${iso}T00:00:00Z`), language, 'UTC')
}

export function ageInYears(iso: string, today = new Date()): number {
  const born = localDate(iso)
  let age = today.getFullYear() - born.getFullYear()
  const birthdayPassed =
    today.getMonth() > born.getMonth() || (today.getMonth() === born.getMonth() && today.getDate() >= born.getDate())
  if (!birthdayPassed) age -= 1
  return Math.max(0, age)
}
