import { describe, expect, it } from 'vitest'
import { windowStart } from './use-slot-days'

describe('windowStart', () => {
  it('starts at today without a wanted day, or for one in the next two weeks', () => {
    expect(windowStart('2026-12-06', null)).toBe('2026-12-06')
    expect(windowStart('2026-12-06', '2026-12-06')).toBe('2026-12-06')
    expect(windowStart('2026-12-06', '2026-12-19')).toBe('2026-12-06')
    // a day already past: the next two weeks
    expect(windowStart('2026-12-06', '2026-11-30')).toBe('2026-12-06')
  })

  it('moves to the two-week block holding a later day, the same block for every day of it', () => {
    expect(windowStart('2026-12-06', '2026-12-20')).toBe('2026-12-20')
    expect(windowStart('2026-12-06', '2027-01-05')).toBe('2027-01-03')
    expect(windowStart('2026-12-06', '2027-01-16')).toBe('2027-01-03')
    expect(windowStart('2026-12-06', '2027-01-17')).toBe('2027-01-17')
  })

  it('counts across a month end and a leap day', () => {
    expect(windowStart('2028-02-20', '2028-03-06')).toBe('2028-03-05')
    expect(windowStart('2028-02-20', '2028-03-04')).toBe('2028-02-20')
  })
})
