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

/** Free slots of the next two weeks on the hospital's calendar, one entry per day (empty days too). */
export function useSlotDays(doctorId: string, timeZone: string, type: TConsultationType) {
  const trpc = useTRPC()
  const from = todayIn(timeZone)
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
  return { query, days, today: from }
}
