import { type TSearchDoctorsInput, ZSearchDoctorsInput } from '@medbook/contracts'
import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'

type SearchInput = Required<TSearchDoctorsInput>

export type DoctorSort = SearchInput['sort']

export interface DoctorFilters {
  query?: string
  specialtyId?: string
  city?: string
  hospitalId?: string
  language?: string
  gender?: SearchInput['gender']
  feeMin?: number
  feeMax?: number
  minRating?: number
  type?: SearchInput['type']
  availableOn?: string
  sort: DoctorSort
}

type FilterKey = Exclude<keyof DoctorFilters, 'sort'>

/** Short names in the address bar: /doctors?q=an&specialty=…&date=2025-11-27&sort=rating */
const PARAMS = {
  query: 'q',
  specialtyId: 'specialty',
  city: 'city',
  hospitalId: 'hospital',
  language: 'language',
  gender: 'gender',
  feeMin: 'feeMin',
  feeMax: 'feeMax',
  minRating: 'rating',
  type: 'type',
  availableOn: 'date',
} as const satisfies Record<FilterKey, string>

const NUMERIC = new Set<FilterKey>(['feeMin', 'feeMax', 'minRating'])

/** The filters a reader sets in the panel (the hospital comes from a link; sort has its own control). */
export const PANEL_FILTERS = [
  'specialtyId',
  'city',
  'type',
  'availableOn',
  'feeMin',
  'language',
  'gender',
  'minRating',
] as const satisfies readonly FilterKey[]

const shape = ZSearchDoctorsInput.shape

/**
 * The search lives in the address bar, so results can be shared, bookmarked and restored with
 * the back button; the home page links here with ?specialty= or ?hospital=.
 */
export function useDoctorFilters() {
  const [params, setParams] = useSearchParams()

  const filters = useMemo<DoctorFilters>(() => {
    // a hand-edited address must not turn into a failed request: drop what does not validate
    const read = (key: FilterKey) => {
      const raw = params.get(PARAMS[key]) || undefined
      const value = raw !== undefined && NUMERIC.has(key) ? Number(raw) : raw
      const parsed = shape[key].safeParse(value)
      return parsed.success ? parsed.data : undefined
    }
    const sort = shape.sort.safeParse(params.get('sort') ?? undefined)
    return {
      query: read('query') as string | undefined,
      specialtyId: read('specialtyId') as string | undefined,
      city: read('city') as string | undefined,
      hospitalId: read('hospitalId') as string | undefined,
      language: read('language') as string | undefined,
      gender: read('gender') as DoctorFilters['gender'],
      feeMin: read('feeMin') as number | undefined,
      feeMax: read('feeMax') as number | undefined,
      minRating: read('minRating') as number | undefined,
      type: read('type') as DoctorFilters['type'],
      availableOn: read('availableOn') as string | undefined,
      sort: sort.success ? sort.data : 'earliest',
    }
  }, [params])

  const updateFilters = useCallback(
    (changes: Partial<DoctorFilters>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current)
          for (const [key, value] of Object.entries(changes) as [keyof DoctorFilters, unknown][]) {
            const name = key === 'sort' ? 'sort' : PARAMS[key]
            const keep = value !== undefined && value !== '' && !(key === 'sort' && value === 'earliest')
            if (keep) next.set(name, String(value))
            else next.delete(name)
          }
          return next
        },
        { preventScrollReset: true },
      )
    },
    [setParams],
  )

  const clearFilters = useCallback(() => {
    const cleared: Partial<DoctorFilters> = { query: undefined, hospitalId: undefined, feeMax: undefined }
    for (const key of PANEL_FILTERS) cleared[key] = undefined
    updateFilters(cleared)
  }, [updateFilters])

  // the fee range counts once, though it takes two parameters
  const panelCount = PANEL_FILTERS.filter((key) =>
    key === 'feeMin' ? filters.feeMin !== undefined || filters.feeMax !== undefined : filters[key] !== undefined,
  ).length
  const hasFilters = panelCount > 0 || Boolean(filters.query || filters.hospitalId)
  return { filters, panelCount, hasFilters, updateFilters, clearFilters }
}
