/** "2026-11" as "tháng 11, 2026" / "November 2026". */
export function formatVisitMonth(month: string, language: string): string {
  const [year = 0, monthNumber = 1] = month.split('-').map(Number)
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'vi-VN', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, monthNumber - 1, 1)))
}
