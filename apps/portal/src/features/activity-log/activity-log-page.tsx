import { Button, Card, EmptyState, ErrorState, PageHeader, Pagination } from '@medbook/ui'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { ScrollText } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { useCursorPages } from '../../lib/use-cursor-pages'
import { ActivityFilters } from './activity-filters'
import { ActivityTable } from './activity-table'
import { ExportCsvLink } from './export-csv-link'
import { toQueryInput, useActivityFilters } from './use-activity-filters'

const PAGE_SIZE = 25

export function ActivityLogPage() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const { filters, hasFilters, clearFilters } = useActivityFilters()
  const pages = useCursorPages(JSON.stringify(filters))
  const log = useQuery({
    ...trpc.admin.activityLogs.queryOptions({ ...toQueryInput(filters), cursor: pages.cursor, limit: PAGE_SIZE }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  })
  const items = log.data?.items ?? []
  const firstRow = (pages.page - 1) * PAGE_SIZE + 1

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t('activity.title')}
        description={t('activity.description')}
        actions={<ExportCsvLink filters={filters} />}
      />
      <Card className="p-4 sm:p-5">
        <ActivityFilters />
      </Card>
      {log.isError && !log.data ? (
        <ErrorState onRetry={() => void log.refetch()} retrying={log.isRefetching} />
      ) : log.isSuccess && items.length === 0 ? (
        <EmptyState
          icon={ScrollText}
          title={t('activity.emptyTitle')}
          description={hasFilters ? t('activity.emptyFiltered') : t('activity.emptyDescription')}
          action={
            hasFilters ? (
              <Button variant="secondary" onClick={clearFilters}>
                {t('activity.clearFilters')}
              </Button>
            ) : null
          }
        />
      ) : (
        <Card className="overflow-hidden">
          <div className={log.isPlaceholderData ? 'opacity-60 transition-opacity' : 'transition-opacity'}>
            <ActivityTable entries={items} loading={log.isPending} />
          </div>
          <div className="border-t border-border px-4 py-3">
            <Pagination
              page={pages.page}
              hasPrevious={pages.hasPrevious}
              hasNext={Boolean(log.data?.nextCursor) && !log.isPlaceholderData}
              onPrevious={pages.previous}
              onNext={() => log.data?.nextCursor && pages.next(log.data.nextCursor)}
              summary={
                items.length > 0 ? t('activity.rows', { from: firstRow, to: firstRow + items.length - 1 }) : undefined
              }
            />
          </div>
        </Card>
      )}
    </div>
  )
}
