import type { TConsultationType, TSlot } from '@medbook/contracts'
import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useTRPC } from '../../../lib/trpc'
import { addDays, todayIn } from '../local-dates'

/** The day strip shows two weeks, as the search's "earliest slot" does. */
export const PICKER_DAYS = 14

export interface SlotDay {
  date: string
  slots: TSlot[]
  /** the doctor sees patients that day: without free slots it is full, otherwise a day off */
  working: boolean
}

/** Whole days from `from` to `to`, both "YYYY-MM-DD". */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

/**
 * The first day the strip shows: today, or, for a day asked for beyond the next two weeks (a
 * follow-up a month away), the start of the two-week block holding it, counted from today, so
 * that picking another day of that block keeps the strip where it is.
 */
export function windowStart(today: string, wanted: string | null): string {
  if (!wanted) return today
  const offset = daysBetween(today, wanted)
  if (offset < PICKER_DAYS) return today
  return addDays(today, Math.floor(offset / PICKER_DAYS) * PICKER_DAYS)
}

/**
 * Free slots of two weeks on the hospital's calendar, one entry per day (empty days too): the
 * next two weeks, or the two weeks around `wanted` when that day is further ahead.
 */
export function useSlotDays(doctorId: string, timeZone: string, type: TConsultationType, wanted: string | null = null) {
  const trpc = useTRPC()
  const today = todayIn(timeZone)
  const from = windowStart(today, wanted)
  const to = addDays(from, PICKER_DAYS - 1)
  const query = useQuery({
    ...trpc.availability.slots.queryOptions({ doctorId, from, to, type }),
    // free slots go quickly; a page left open should not offer one taken minutes ago
    staleTime: 30_000,
    refetchInterval: 60_000,
  })
  const days = useMemo<SlotDay[]>(() => {
    const working = new Set(query.data?.workingDates ?? [])
    const byDate = new Map<string, TSlot[]>()
    for (const slot of query.data?.slots ?? []) {
      if (slot.type !== type) continue
      byDate.set(slot.date, [...(byDate.get(slot.date) ?? []), slot])
    }
    return Array.from({ length: PICKER_DAYS }, (_, index) => {
      const date = addDays(from, index)
      return { date, slots: byDate.get(date) ?? [], working: working.has(date) }
    })
  }, [query.data, from, type])
  return { query, days, today, from }
}
