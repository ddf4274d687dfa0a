import { ZSearchHospitalsInput } from '@medbook/contracts'
import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'

export interface HospitalFilters {
  query?: string
  city?: string
  specialtyId?: string
}

const PARAMS = { query: 'q', city: 'city', specialtyId: 'specialty' } as const satisfies Record<
  keyof HospitalFilters,
  string
>

const ZFilters = ZSearchHospitalsInput.pick({ query: true, city: true, specialtyId: true })

/**
 * The search lives in the address bar (?q=&city=&specialty=), so results can be shared,
 * bookmarked and restored with the back button.
 */
export function useHospitalFilters() {
  const [params, setParams] = useSearchParams()

  const filters = useMemo<HospitalFilters>(() => {
    // a hand-edited address must not turn into a failed request: drop what does not validate
    const read = (key: keyof HospitalFilters) => {
      const parsed = ZFilters.shape[key].safeParse(params.get(PARAMS[key]) || undefined)
      return parsed.success && parsed.data ? parsed.data : undefined
    }
    return { query: read('query'), city: read('city'), specialtyId: read('specialtyId') }
  }, [params])

  const updateFilters = useCallback(
    (changes: HospitalFilters) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current)
          for (const [key, value] of Object.entries(changes) as [keyof HospitalFilters, string | undefined][]) {
            if (value) next.set(PARAMS[key], value)
            else next.delete(PARAMS[key])
          }
          return next
        },
        { preventScrollReset: true },
      )
    },
    [setParams],
  )

  const clearFilters = useCallback(
    () => updateFilters({ query: undefined, city: undefined, specialtyId: undefined }),
    [updateFilters],
  )

  const hasFilters = Boolean(filters.query || filters.city || filters.specialtyId)
  return { filters, hasFilters, updateFilters, clearFilters }
}
