import { Button, EmptyState, ErrorState, LoadMore } from '@medbook/ui'
import { useInfiniteQuery } from '@tanstack/react-query'
import { Building2, SearchX } from 'lucide-react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { ActiveFilters } from './active-filters'
import { HospitalCard } from './hospital-card'
import { HospitalCardSkeleton } from './hospital-card-skeleton'
import { hospitalClock } from './opening-hours'
import { RESULTS_SECTION_ID } from './scroll-to-results'
import { useHospitalFilters } from './use-hospital-filters'

const PAGE_SIZE = 12

export function HospitalResults() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const { filters, hasFilters, clearFilters } = useHospitalFilters()
  const results = useInfiniteQuery(
    trpc.hospitals.search.infiniteQueryOptions(
      { ...filters, limit: PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  )
  const hospitals = useMemo(() => results.data?.pages.flatMap((page) => page.items) ?? [], [results.data])
  // one clock for the whole list, so every card agrees on "open now"
  const now = hospitalClock()

  return (
    <section id={RESULTS_SECTION_ID} aria-labelledby="hospital-results-title" className="scroll-mt-20">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h2 id="hospital-results-title" className="text-xl font-bold tracking-tight text-ink sm:text-2xl">
            {t('hospitals.title')}
          </h2>
          <p className="mt-1 text-sm text-ink-muted" aria-live="polite">
            {!results.isSuccess ? (
              '\u00a0'
            ) : hospitals.length > 0 ? (
              t('hospitals.showing', { count: hospitals.length })
            ) : (
              // the empty state below says it visibly; this tells screen readers the search finished
              <span className="sr-only">{t('hospitals.emptyTitle')}</span>
            )}
          </p>
        </div>
        <ActiveFilters />
      </div>

      <div className="mt-5">
        {results.isPending ? (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-busy="true">
            {Array.from({ length: 6 }, (_, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
              <li key={index}>
                <HospitalCardSkeleton />
              </li>
            ))}
          </ul>
        ) : results.isError ? (
          <ErrorState
            title={t('hospitals.errorTitle')}
            onRetry={() => void results.refetch()}
            retrying={results.isRefetching}
          />
        ) : hospitals.length === 0 ? (
          hasFilters ? (
            <EmptyState
              icon={SearchX}
              title={t('hospitals.emptyTitle')}
              description={t('hospitals.emptyDescription')}
              action={
                <Button variant="secondary" onClick={clearFilters}>
                  {t('hospitals.clearFilters')}
                </Button>
              }
            />
          ) : (
            <EmptyState
              icon={Building2}
              title={t('hospitals.noneYetTitle')}
              description={t('hospitals.noneYetDescription')}
            />
          )
        ) : (
          <div className="flex flex-col gap-6">
            <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {hospitals.map((hospital) => (
                <li key={hospital.id}>
                  <HospitalCard hospital={hospital} now={now} />
                </li>
              ))}
            </ul>
            {/* a list that fits on one page needs neither the button nor the "end of list" note */}
            {results.hasNextPage || results.data.pages.length > 1 ? (
              <LoadMore
                hasMore={results.hasNextPage}
                loading={results.isFetchingNextPage}
                onLoadMore={() => void results.fetchNextPage()}
              />
            ) : null}
          </div>
        )}
      </div>
    </section>
  )
}
