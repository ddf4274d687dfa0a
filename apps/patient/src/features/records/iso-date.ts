/** A calendar day "YYYY-MM-DD" as written: "06/12/2026" in Vietnamese, "Dec 6, 2026" in English; no zone shifts it. */
export function formatIsoDate(date: string, language: string): string {
  const [year = '', month = '', day = ''] = date.split('-')
  if (language !== 'en') return `${day}/${month}/${year}`
  return new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`))
}
