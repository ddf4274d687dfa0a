import { type ZHospitalType, ZSearchHospitalsInput } from '@medbook/contracts'
import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'

export interface HospitalTableFilters {
  query?: string
  city?: string
  type?: (typeof ZHospitalType.options)[number]
}

const ZFilters = ZSearchHospitalsInput.pick({ query: true, city: true, type: true })
const KEYS = ['query', 'city', 'type'] as const

/** Filters live in the address bar (?query=&city=&type=) so a filtered list can be shared and reloaded. */
export function useHospitalTableFilters() {
  const [params, setParams] = useSearchParams()

  const filters = useMemo<HospitalTableFilters>(() => {
    // a hand-edited address must not turn into a failed request: drop what does not validate
    const read = (key: (typeof KEYS)[number]) => params.get(key) || undefined
    const valid = <T>(result: { success: boolean; data?: T }) =>
      result.success && result.data ? result.data : undefined
    return {
      query: valid(ZFilters.shape.query.safeParse(read('query'))),
      city: valid(ZFilters.shape.city.safeParse(read('city'))),
      type: valid(ZFilters.shape.type.safeParse(read('type'))),
    }
  }, [params])

  const updateFilters = useCallback(
    (changes: HospitalTableFilters) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current)
          for (const [key, value] of Object.entries(changes)) {
            if (value) next.set(key, value)
            else next.delete(key)
          }
          return next
        },
        { replace: true },
      )
    },
    [setParams],
  )

  const clearFilters = useCallback(
    () => updateFilters({ query: undefined, city: undefined, type: undefined }),
    [updateFilters],
  )

  const hasFilters = KEYS.some((key) => filters[key])
  return { filters, hasFilters, updateFilters, clearFilters }
}
