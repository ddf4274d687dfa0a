import { describe, expect, it } from 'vitest'
import { appointmentsPerDay } from './appointments-chart'
import { daysOf, presetRange, rangeProblem, spanDays } from './date-range'

describe('dashboard date ranges', () => {
  it('ends every preset today', () => {
    expect(presetRange('7d', '2026-03-04')).toEqual({ from: '2026-02-26', to: '2026-03-04' })
    expect(presetRange('30d', '2026-03-04')).toEqual({ from: '2026-02-03', to: '2026-03-04' })
    expect(presetRange('month', '2026-03-04')).toEqual({ from: '2026-03-01', to: '2026-03-04' })
    expect(spanDays(presetRange('30d', '2026-03-04'))).toBe(30)
  })

  it('checks a custom range by the API’s rules', () => {
    expect(rangeProblem({ from: '2026-03-01', to: '2026-03-01' })).toBeNull()
    expect(rangeProblem({ from: '2026-03-02', to: '2026-03-01' })).toBe('fromAfterTo')
    expect(rangeProblem({ from: '', to: '2026-03-01' })).toBe('invalid')
    expect(rangeProblem({ from: '2025-01-01', to: '2026-01-02' })).toBeNull()
    expect(rangeProblem({ from: '2025-01-01', to: '2026-01-03' })).toBe('tooLong')
  })

  it('lists every day, across a month end and a leap day', () => {
    expect(daysOf({ from: '2028-02-27', to: '2028-03-01' })).toEqual([
      '2028-02-27',
      '2028-02-28',
      '2028-02-29',
      '2028-03-01',
    ])
  })

  it('fills the days without appointments with zeros for the stacked bars', () => {
    const rows = appointmentsPerDay(
      [
        { date: '2026-03-02', status: 'completed', count: 3 },
        { date: '2026-03-02', status: 'no_show', count: 1 },
        { date: '2026-03-09', status: 'completed', count: 9 },
      ],
      { from: '2026-03-01', to: '2026-03-03' },
    )
    expect(rows.map((row) => row.total)).toEqual([0, 4, 0])
    expect(rows[1]).toMatchObject({ completed: 3, no_show: 1, scheduled: 0 })
  })
})
