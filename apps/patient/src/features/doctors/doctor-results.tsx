import { Button, EmptyState, ErrorState, Field, LoadMore, Notice, Select } from '@medbook/ui'
import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { SearchX, Stethoscope, X } from 'lucide-react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { DoctorCard, DoctorCardSkeleton } from './doctor-card'
import { useFilterOptions } from './filter-options'
import { type DoctorSort, useDoctorFilters } from './use-doctor-filters'
import type { NearMe } from './use-near-me'

const PAGE_SIZE = 10

interface DoctorResultsProps {
  near: NearMe
  onSortChange: (sort: DoctorSort) => void
}

export function DoctorResults({ near, onSortChange }: DoctorResultsProps) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const { filters, hasFilters, updateFilters, clearFilters } = useDoctorFilters()
  const options = useFilterOptions(filters)
  const waitingForPosition = filters.sort === 'distance' && !near.point
  const input = { ...filters, near: near.point ?? undefined, limit: PAGE_SIZE }
  const results = useInfiniteQuery({
    ...trpc.doctors.search.infiniteQueryOptions(input, { getNextPageParam: (page) => page.nextCursor ?? undefined }),
    enabled: !waitingForPosition,
  })
  const hospital = useQuery({
    ...trpc.hospitals.get.queryOptions({ id: filters.hospitalId ?? '' }),
    enabled: Boolean(filters.hospitalId),
  })
  const doctors = useMemo(() => results.data?.pages.flatMap((page) => page.items) ?? [], [results.data])

  return (
    <section aria-labelledby="doctor-results-title" className="min-w-0">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div className="min-w-0">
          <h2 id="doctor-results-title" className="text-lg font-bold tracking-tight text-ink sm:text-xl">
            {t('doctors.search.resultsTitle')}
          </h2>
          <p className="mt-0.5 text-sm text-ink-muted" aria-live="polite">
            {!results.isSuccess ? (
              '\u00a0'
            ) : doctors.length > 0 ? (
              t('doctors.search.showing', { count: doctors.length })
            ) : (
              <span className="sr-only">{t('doctors.search.emptyTitle')}</span>
            )}
          </p>
        </div>
        <Field label={t('doctors.search.sort')} className="w-full sm:w-60">
          <Select
            options={options.sorts}
            value={filters.sort}
            onValueChange={(value) => onSortChange(value as DoctorSort)}
          />
        </Field>
      </div>

      {filters.hospitalId ? (
        <div className="mt-3 flex flex-wrap gap-2">
          <Button
            variant="subtle"
            size="sm"
            className="rounded-full"
            onClick={() => updateFilters({ hospitalId: undefined })}
            aria-label={t('doctors.search.removeHospitalFilter', { name: hospital.data?.name ?? '' })}
          >
            {t('doctors.search.hospitalFilter', { name: hospital.data?.name ?? '…' })}
            <X aria-hidden="true" />
          </Button>
        </div>
      ) : null}

      <div className="mt-4 flex flex-col gap-4">
        {near.status === 'locating' ? <Notice role="status">{t('doctors.search.locating')}</Notice> : null}
        {near.status === 'denied' || near.status === 'unsupported' ? (
          <Notice tone="warning" role="alert" title={t('doctors.search.locationDeniedTitle')}>
            {near.status === 'denied' ? t('doctors.search.locationDenied') : t('doctors.search.locationUnsupported')}
          </Notice>
        ) : null}

        {results.isPending ? (
          <ul className="flex flex-col gap-4" aria-busy="true">
            {Array.from({ length: 4 }, (_, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
              <li key={index}>
                <DoctorCardSkeleton />
              </li>
            ))}
          </ul>
        ) : results.isError ? (
          <ErrorState
            title={t('doctors.search.errorTitle')}
            onRetry={() => void results.refetch()}
            retrying={results.isRefetching}
          />
        ) : doctors.length === 0 ? (
          hasFilters ? (
            <EmptyState
              icon={SearchX}
              title={t('doctors.search.emptyTitle')}
              description={t('doctors.search.emptyDescription')}
              action={
                <Button variant="secondary" onClick={clearFilters}>
                  {t('doctors.search.clearFilters')}
                </Button>
              }
            />
          ) : (
            <EmptyState
              icon={Stethoscope}
              title={t('doctors.search.noneYetTitle')}
              description={t('doctors.search.noneYetDescription')}
            />
          )
        ) : (
          <>
            <ul className="flex flex-col gap-4">
              {doctors.map((doctor) => (
                <li key={doctor.id}>
                  <DoctorCard doctor={doctor} />
                </li>
              ))}
            </ul>
            {results.hasNextPage || results.data.pages.length > 1 ? (
              <LoadMore
                hasMore={results.hasNextPage}
                loading={results.isFetchingNextPage}
                onLoadMore={() => void results.fetchNextPage()}
              />
            ) : null}
          </>
        )}
      </div>
    </section>
  )
}
