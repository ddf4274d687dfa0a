import { Button, EmptyState, ErrorState } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { ChevronDown, ChevronUp, Stethoscope } from 'lucide-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { scrollToResults } from '../hospitals/scroll-to-results'
import { useHospitalFilters } from '../hospitals/use-hospital-filters'
import { FindDoctorsLink } from './find-doctors-link'
import { SpecialtyTile } from './specialty-tile'
import { SpecialtyTileSkeleton } from './specialty-tile-skeleton'
import { useSortedByLocalizedName } from './use-localized-name'

/** Two rows on a wide screen, four on a phone; the rest behind "show all". */
const COLLAPSED_COUNT = 8

export function SpecialtiesSection() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const specialties = useQuery(trpc.specialties.list.queryOptions())
  const { filters, updateFilters } = useHospitalFilters()
  const [expanded, setExpanded] = useState(false)
  const sortedByName = useSortedByLocalizedName()

  function toggle(specialtyId: string) {
    const selected = filters.specialtyId === specialtyId
    updateFilters({ specialtyId: selected ? undefined : specialtyId })
    if (!selected) scrollToResults()
  }

  const all = useMemo(() => sortedByName(specialties.data ?? []), [sortedByName, specialties.data])
  // the selected specialty stays visible even when the list is collapsed
  const shown = expanded
    ? all
    : all.filter((entry, index) => index < COLLAPSED_COUNT || entry.id === filters.specialtyId)

  return (
    <section aria-labelledby="specialties-title">
      <h2 id="specialties-title" className="text-xl font-bold tracking-tight text-ink sm:text-2xl">
        {t('specialties.title')}
      </h2>
      <p className="mt-1 text-sm text-ink-muted">{t('specialties.subtitle')}</p>

      <div className="mt-5">
        {specialties.isPending ? (
          <ul className="grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-4" aria-busy="true">
            {Array.from({ length: COLLAPSED_COUNT }, (_, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
              <li key={index}>
                <SpecialtyTileSkeleton />
              </li>
            ))}
          </ul>
        ) : specialties.isError ? (
          <ErrorState
            title={t('specialties.errorTitle')}
            onRetry={() => void specialties.refetch()}
            retrying={specialties.isRefetching}
          />
        ) : all.length === 0 ? (
          <EmptyState
            icon={Stethoscope}
            title={t('specialties.emptyTitle')}
            description={t('specialties.emptyDescription')}
          />
        ) : (
          <>
            <ul id="specialty-list" className="grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-4">
              {shown.map((specialty) => (
                <li key={specialty.id}>
                  <SpecialtyTile
                    specialty={specialty}
                    selected={filters.specialtyId === specialty.id}
                    onToggle={() => toggle(specialty.id)}
                  />
                </li>
              ))}
            </ul>
            {all.length > COLLAPSED_COUNT ? (
              <div className="mt-4 flex justify-center">
                <Button
                  variant="ghost"
                  aria-expanded={expanded}
                  aria-controls="specialty-list"
                  onClick={() => setExpanded((value) => !value)}
                >
                  {expanded ? t('specialties.showFewer') : t('specialties.showAll', { count: all.length })}
                  {expanded ? <ChevronUp aria-hidden="true" /> : <ChevronDown aria-hidden="true" />}
                </Button>
              </div>
            ) : null}
            <FindDoctorsLink specialty={all.find((entry) => entry.id === filters.specialtyId)} />
          </>
        )}
      </div>
    </section>
  )
}
