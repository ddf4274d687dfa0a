/**
 * Instants at which date-heavy suites run, so faults that depend on the time of day, the
 * weekday or the month show up in every run instead of by the hour (Vietnam is UTC+7).
 */
export const PINNED_INSTANTS = [
  { name: 'just after midnight ICT (Monday)', at: '2026-12-06T17:05:00Z' },
  { name: 'mid-morning ICT (Tuesday)', at: '2026-12-08T03:30:00Z' },
  { name: '23:59 ICT (Wednesday)', at: '2026-12-09T16:59:00Z' },
  { name: 'a Sunday afternoon ICT', at: '2026-12-13T07:00:00Z' },
  { name: 'the last day of a month, 23:30 ICT', at: '2027-02-28T16:30:00Z' },
] as const
