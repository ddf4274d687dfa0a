// Numbers and hospital-local days as the dashboards show them, in the reader's language.

const locale = (language: string) => (language === 'en' ? 'en-GB' : 'vi-VN')

/** "26/10" on an axis. */
export function formatShortDay(date: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), { timeZone: 'UTC', day: '2-digit', month: '2-digit' }).format(
    new Date(`${date}T00:00:00Z`),
  )
}

/** "26/10/2026" in text and tables. */
export function formatLongDay(date: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), {
    timeZone: 'UTC',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(`${date}T00:00:00Z`))
}

export function formatCount(value: number, language: string): string {
  return new Intl.NumberFormat(locale(language)).format(value)
}

/** "1,2 Tr" / "1.2M" on a money axis. */
export function formatCompact(value: number, language: string): string {
  return new Intl.NumberFormat(locale(language), { notation: 'compact', maximumFractionDigits: 1 }).format(value)
}

export function formatPercent(value: number, language: string): string {
  return new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 1 }).format(value)
}
