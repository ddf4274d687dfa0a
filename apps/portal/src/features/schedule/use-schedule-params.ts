import { useCallback } from 'react'
import { useSearchParams } from 'react-router'
import { isIsoDate, todayIn } from './schedule-dates'
import type { TScheduleView } from './schedule-types'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export interface ScheduleParams {
  date: string
  view: TScheduleView
  /** undefined: every doctor the reader may see */
  doctorId: string | undefined
}

/** The schedule's date, view and doctor live in the address, so a view can be shared and reloaded. */
export function useScheduleParams() {
  const [params, setParams] = useSearchParams()
  const rawDate = params.get('date')
  const rawDoctor = params.get('doctor')
  const value: ScheduleParams = {
    date: isIsoDate(rawDate) ? rawDate : todayIn(),
    view: params.get('view') === 'week' ? 'week' : 'day',
    doctorId: rawDoctor && UUID.test(rawDoctor) ? rawDoctor : undefined,
  }
  const update = useCallback(
    (next: Partial<ScheduleParams>) => {
      setParams(
        (current) => {
          const merged = new URLSearchParams(current)
          if (next.date !== undefined) merged.set('date', next.date)
          if (next.view !== undefined) merged.set('view', next.view)
          if ('doctorId' in next) {
            if (next.doctorId) merged.set('doctor', next.doctorId)
            else merged.delete('doctor')
          }
          return merged
        },
        { replace: true },
      )
    },
    [setParams],
  )
  return [value, update] as const
}
