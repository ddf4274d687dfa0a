import type { SelectOption } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'

export const ALL_CITIES = 'all'

export function useCityOptions() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const cities = useQuery(trpc.hospitals.cities.queryOptions())

  const options = useMemo<SelectOption[]>(
    () => [
      { value: ALL_CITIES, label: t('search.allCities') },
      ...(cities.data ?? []).map((entry) => ({
        value: entry.city,
        label: t('search.cityOption', { city: entry.city, count: entry.hospitalCount }),
      })),
    ],
    [cities.data, t],
  )
  return { options, loading: cities.isPending }
}
