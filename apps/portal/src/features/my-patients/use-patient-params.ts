import { ZDoctorPatientSort, ZDoctorPatientsInput } from '@medbook/contracts'
import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import type { z } from 'zod'

export type PatientSort = z.infer<typeof ZDoctorPatientSort>
export interface PatientParams {
  query: string | undefined
  sort: PatientSort
  direction: 'asc' | 'desc'
}

const DEFAULTS = { sort: 'lastVisit', direction: 'desc' } as const

/** Search and order live in the address (?query=&sort=&dir=), so the list can be shared and reloaded. */
export function usePatientParams() {
  const [params, setParams] = useSearchParams()
  const rawQuery = params.get('query')
  const rawSort = params.get('sort')
  const rawDirection = params.get('dir')

  const value = useMemo<PatientParams>(() => {
    const query = ZDoctorPatientsInput.shape.query.safeParse(rawQuery || undefined)
    const sort = ZDoctorPatientSort.safeParse(rawSort)
    return {
      query: query.success ? query.data || undefined : undefined,
      sort: sort.success ? sort.data : DEFAULTS.sort,
      direction: rawDirection === 'asc' || rawDirection === 'desc' ? rawDirection : DEFAULTS.direction,
    }
  }, [rawQuery, rawSort, rawDirection])

  const update = useCallback(
    (next: Partial<PatientParams>) =>
      setParams(
        (current) => {
          const merged = new URLSearchParams(current)
          if ('query' in next) {
            if (next.query) merged.set('query', next.query)
            else merged.delete('query')
          }
          if (next.sort) merged.set('sort', next.sort)
          if (next.direction) merged.set('dir', next.direction)
          return merged
        },
        { replace: true },
      ),
    [setParams],
  )
  return [value, update] as const
}
