import { Button, Card, EmptyState, ErrorState, PageHeader, Pagination } from '@medbook/ui'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Building2, SearchX } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { useCursorPages } from '../../lib/use-cursor-pages'
import { HospitalFilters } from './hospital-filters'
import { HospitalsTable } from './hospitals-table'
import { useHospitalTableFilters } from './use-hospital-table-filters'

const PAGE_SIZE = 20

export function HospitalsPage() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const { filters, hasFilters, clearFilters } = useHospitalTableFilters()
  const pages = useCursorPages(JSON.stringify(filters))
  const hospitals = useQuery({
    ...trpc.hospitals.search.queryOptions({ ...filters, cursor: pages.cursor, limit: PAGE_SIZE }),
    // keep the current rows on screen while the next page loads, so the table does not jump
    placeholderData: keepPreviousData,
  })

  const items = hospitals.data?.items ?? []
  const firstRow = (pages.page - 1) * PAGE_SIZE + 1

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('hospitals.title')} description={t('hospitals.description')} />
      <Card className="p-4 sm:p-5">
        <HospitalFilters />
      </Card>

      {hospitals.isError && !hospitals.data ? (
        <ErrorState
          title={t('hospitals.errorTitle')}
          onRetry={() => void hospitals.refetch()}
          retrying={hospitals.isRefetching}
        />
      ) : hospitals.isSuccess && items.length === 0 ? (
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
        <Card className="overflow-hidden">
          <div className={hospitals.isPlaceholderData ? 'opacity-60 transition-opacity' : 'transition-opacity'}>
            <HospitalsTable hospitals={items} loading={hospitals.isPending} />
          </div>
          <div className="border-t border-border px-4 py-3">
            <Pagination
              page={pages.page}
              hasPrevious={pages.hasPrevious}
              hasNext={Boolean(hospitals.data?.nextCursor) && !hospitals.isPlaceholderData}
              onPrevious={pages.previous}
              onNext={() => hospitals.data?.nextCursor && pages.next(hospitals.data.nextCursor)}
              summary={
                items.length > 0 ? t('hospitals.rows', { from: firstRow, to: firstRow + items.length - 1 }) : undefined
              }
            />
          </div>
        </Card>
      )}
    </div>
  )
}
