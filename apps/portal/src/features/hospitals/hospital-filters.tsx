import { ZHospitalType } from '@medbook/contracts'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { FilterForm, FilterSelect } from '../../lib/filter-form'
import { useTRPC } from '../../lib/trpc'
import { useHospitalTableFilters } from './use-hospital-table-filters'

export function HospitalFilters() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const cities = useQuery(trpc.hospitals.cities.queryOptions())
  const { filters, hasFilters, updateFilters, clearFilters } = useHospitalTableFilters()

  return (
    <FilterForm
      className="grid gap-4 md:grid-cols-2 xl:grid-cols-[minmax(0,1fr)_13rem_13rem_auto] xl:items-end"
      search={{
        label: t('hospitals.searchLabel'),
        placeholder: t('hospitals.searchPlaceholder'),
        maxLength: 100,
        value: filters.query,
        onApply: (query) => updateFilters({ query }),
        fieldClassName: 'md:col-span-2 xl:col-span-1',
      }}
      hasFilters={hasFilters}
      clearLabel={t('hospitals.clearFilters')}
      onClear={clearFilters}
    >
      <FilterSelect
        label={t('hospitals.cityLabel')}
        anyLabel={t('hospitals.allCities')}
        options={(cities.data ?? []).map((entry) => ({
          value: entry.city,
          label: `${entry.city} (${entry.hospitalCount})`,
        }))}
        value={filters.city}
        disabled={cities.isPending}
        onChange={(city) => updateFilters({ city })}
      />
      <FilterSelect
        label={t('hospitals.typeLabel')}
        anyLabel={t('hospitals.allTypes')}
        options={ZHospitalType.options.map((type) => ({ value: type, label: t(`hospitals.type.${type}`) }))}
        value={filters.type}
        onChange={(type) => updateFilters({ type })}
      />
    </FilterForm>
  )
}
