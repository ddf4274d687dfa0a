import { Badge, Button } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { X } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { useLocalizedName } from '../specialties/use-localized-name'
import { useHospitalFilters } from './use-hospital-filters'

export function ActiveFilters() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const localizedName = useLocalizedName()
  const { filters, hasFilters, clearFilters } = useHospitalFilters()
  const specialties = useQuery({ ...trpc.specialties.list.queryOptions(), enabled: Boolean(filters.specialtyId) })
  if (!hasFilters) return null

  const specialty = specialties.data?.find((entry) => entry.id === filters.specialtyId)
  return (
    <div className="flex flex-wrap items-center gap-2">
      <h3 className="sr-only">{t('hospitals.activeFilters')}</h3>
      {filters.query ? <Badge tone="primary">{t('hospitals.filterQuery', { query: filters.query })}</Badge> : null}
      {filters.city ? <Badge tone="primary">{t('hospitals.filterCity', { city: filters.city })}</Badge> : null}
      {specialty ? (
        <Badge tone="primary">{t('hospitals.filterSpecialty', { specialty: localizedName(specialty) })}</Badge>
      ) : null}
      <Button variant="ghost" size="sm" onClick={clearFilters}>
        <X aria-hidden="true" />
        {t('hospitals.clearFilters')}
      </Button>
    </div>
  )
}
