import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { todayIn } from '../schedule/schedule-dates'
import { type DateRange, DEFAULT_PRESET, isPreset, presetRange, type RangePreset, rangeProblem } from './date-range'

export interface DashboardRange extends DateRange {
  preset: RangePreset
}

/**
 * The dashboard's date range lives in the address (?range=7d|30d|month, or ?range=custom&from=&to=),
 * so a view can be shared and reloaded. A hand-edited address that does not validate shows the default.
 */
export function useDashboardRange() {
  const [params, setParams] = useSearchParams()
  const rawPreset = params.get('range')
  const rawFrom = params.get('from')
  const rawTo = params.get('to')

  const range = useMemo<DashboardRange>(() => {
    const today = todayIn()
    if (rawPreset === 'custom' && rawFrom && rawTo && rangeProblem({ from: rawFrom, to: rawTo }) === null) {
      return { preset: 'custom', from: rawFrom, to: rawTo }
    }
    const preset = isPreset(rawPreset) && rawPreset !== 'custom' ? rawPreset : DEFAULT_PRESET
    return { preset, ...presetRange(preset as Exclude<RangePreset, 'custom'>, today) }
  }, [rawPreset, rawFrom, rawTo])

  const setRange = useCallback(
    (next: { preset: Exclude<RangePreset, 'custom'> } | { preset: 'custom'; from: string; to: string }) =>
      setParams(
        (current) => {
          const merged = new URLSearchParams(current)
          merged.set('range', next.preset)
          if (next.preset === 'custom') {
            merged.set('from', next.from)
            merged.set('to', next.to)
          } else {
            merged.delete('from')
            merged.delete('to')
          }
          return merged
        },
        { replace: true },
      ),
    [setParams],
  )
  return [range, setRange] as const
}
