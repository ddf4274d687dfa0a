import { formatVnd, type SelectOption } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { useLocalizedName, useSortedByLocalizedName } from '../specialties/use-localized-name'
import type { DoctorFilters, DoctorSort } from './use-doctor-filters'
import { useLanguageNames } from './use-language-names'

/** Radix Select reserves the empty string; "no filter" is this value. */
export const ANY = 'all'

/** Fee brackets in VND: [min, max]; an open end is undefined. */
const FEE_BRACKETS: ReadonlyArray<[number | undefined, number | undefined]> = [
  [undefined, 200_000],
  [200_000, 500_000],
  [500_000, 1_000_000],
  [1_000_000, undefined],
]

const RATINGS = [4.5, 4, 3] as const

/** Languages doctors in Vietnam commonly consult in. */
const LANGUAGES = ['vi', 'en', 'fr', 'zh', 'ja', 'ko'] as const

export const SORTS = ['earliest', 'rating', 'fee', 'distance'] as const satisfies readonly DoctorSort[]

export function feeValue(min: number | undefined, max: number | undefined): string {
  return min === undefined && max === undefined ? ANY : `${min ?? ''}-${max ?? ''}`
}

export function parseFeeValue(value: string): { feeMin?: number; feeMax?: number } {
  if (value === ANY) return { feeMin: undefined, feeMax: undefined }
  const [min = '', max = ''] = value.split('-')
  return { feeMin: min ? Number(min) : undefined, feeMax: max ? Number(max) : undefined }
}

export function useFilterOptions(filters: DoctorFilters) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const languageNames = useLanguageNames()
  const sortedByName = useSortedByLocalizedName()
  const localizedName = useLocalizedName()
  const specialties = useQuery(trpc.specialties.list.queryOptions())
  const cities = useQuery(trpc.hospitals.cities.queryOptions())

  return useMemo(() => {
    const feeLabel = (min: number | undefined, max: number | undefined) => {
      if (min === undefined && max !== undefined) return t('doctors.search.feeUnder', { max: formatVnd(max) })
      if (max === undefined && min !== undefined) return t('doctors.search.feeOver', { min: formatVnd(min) })
      return t('doctors.search.feeBetween', { min: formatVnd(min ?? 0), max: formatVnd(max ?? 0) })
    }
    const fees: SelectOption[] = [
      { value: ANY, label: t('doctors.search.anyFee') },
      ...FEE_BRACKETS.map(([min, max]) => ({ value: feeValue(min, max), label: feeLabel(min, max) })),
    ]
    // a range from a shared link that is not one of the brackets still shows as chosen
    const current = feeValue(filters.feeMin, filters.feeMax)
    if (!fees.some((option) => option.value === current)) {
      fees.push({ value: current, label: feeLabel(filters.feeMin, filters.feeMax) })
    }
    const ratings: SelectOption[] = [
      { value: ANY, label: t('doctors.search.anyRating') },
      ...RATINGS.map((rating) => ({ value: String(rating), label: t('doctors.search.ratingAtLeast', { rating }) })),
    ]
    const languageCodes = [...LANGUAGES] as string[]
    if (filters.language && !languageCodes.includes(filters.language)) languageCodes.push(filters.language)
    const names = languageNames(languageCodes)
    return {
      specialties: [
        { value: ANY, label: t('doctors.search.allSpecialties') },
        ...sortedByName(specialties.data ?? []).map((entry) => ({ value: entry.id, label: localizedName(entry) })),
      ],
      cities: [
        { value: ANY, label: t('doctors.search.allCities') },
        ...(cities.data ?? []).map((entry) => ({ value: entry.city, label: entry.city })),
      ],
      types: [
        { value: ANY, label: t('doctors.search.anyType') },
        { value: 'in_person', label: t('doctors.types.in_person') },
        { value: 'online', label: t('doctors.types.online') },
      ],
      fees,
      ratings,
      languages: [
        { value: ANY, label: t('doctors.search.anyLanguage') },
        ...languageCodes.map((code, index) => ({ value: code, label: names[index] ?? code })),
      ],
      genders: [
        { value: ANY, label: t('doctors.search.anyGender') },
        { value: 'female', label: t('doctors.gender.female') },
        { value: 'male', label: t('doctors.gender.male') },
      ],
      sorts: [
        { value: 'earliest', label: t('doctors.search.sortEarliest') },
        { value: 'rating', label: t('doctors.search.sortRating') },
        { value: 'fee', label: t('doctors.search.sortFee') },
        { value: 'distance', label: t('doctors.search.sortDistance') },
      ],
      loading: specialties.isPending || cities.isPending,
    }
  }, [
    t,
    filters,
    languageNames,
    sortedByName,
    localizedName,
    specialties.data,
    specialties.isPending,
    cities.data,
    cities.isPending,
  ])
}
