import { type TConsultationType, ZConsultationType } from '@medbook/contracts'
import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { isIsoDate } from '../local-dates'
import { CLOCK_TIME } from '../route-params'
import type { SlotChoice } from './slot-picker'
import { useSlotDays } from './use-slot-days'

/**
 * The day, time and visit type in the address bar (?date=2025-11-27&time=09:00&type=online):
 * going back from the booking form lands on the same choice, and a link can share it.
 */
export function useSlotChoice(types: readonly TConsultationType[]) {
  const [params, setParams] = useSearchParams()
  const fallbackType = types[0] ?? 'in_person'

  const choice = useMemo<SlotChoice>(() => {
    const date = params.get('date') ?? ''
    const time = params.get('time') ?? ''
    const type = ZConsultationType.safeParse(params.get('type'))
    return {
      date: isIsoDate(date) ? date : null,
      time: CLOCK_TIME.test(time) ? time : null,
      type: type.success && types.includes(type.data) ? type.data : fallbackType,
    }
  }, [params, types, fallbackType])

  const setChoice = useCallback(
    (next: SlotChoice) =>
      setParams(
        (current) => {
          const updated = new URLSearchParams(current)
          const entries = { date: next.date, time: next.time, type: next.type === fallbackType ? null : next.type }
          for (const [key, value] of Object.entries(entries)) {
            if (value) updated.set(key, value)
            else updated.delete(key)
          }
          return updated
        },
        { replace: true, preventScrollReset: true },
      ),
    [setParams, fallbackType],
  )

  return { choice, setChoice }
}

/** The chosen slot among the free ones, or null (none chosen, or no longer free). */
export function useChosenSlot(doctorId: string, timeZone: string, choice: SlotChoice) {
  const { query, days } = useSlotDays(doctorId, timeZone, choice.type, choice.date)
  const slot = useMemo(() => {
    if (!choice.date || !choice.time) return null
    return days.find((day) => day.date === choice.date)?.slots.find((entry) => entry.startTime === choice.time) ?? null
  }, [days, choice.date, choice.time])
  return { slot, loading: query.isPending }
}
