import type { TPromotionSummary, TPromotionUse } from '@medbook/contracts'
import {
  Button,
  DataTable,
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogTitle,
  dataColumnHelper,
  ErrorState,
  formatDateTime,
  formatVnd,
  LoadMore,
  PLATFORM_TIME_ZONE,
} from '@medbook/ui'
import { useInfiniteQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'

const column = dataColumnHelper<TPromotionUse>()
const NO_SORTING = { sorting: [], onSortingChange: () => {} }

/** Who used a code: one row per booking, newest first, with the amount it took off. */
export function PromotionUsesDialog({ promotion, onClose }: { promotion: TPromotionSummary; onClose: () => void }) {
  const { t, i18n } = useTranslation()
  const trpc = useTRPC()
  const uses = useInfiniteQuery(
    trpc.promotions.uses.infiniteQueryOptions(
      { promotionId: promotion.id, limit: 20 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  )
  const rows = useMemo(() => uses.data?.pages.flatMap((page) => page.items) ?? [], [uses.data])
  const columns = useMemo(
    () =>
      column.columns([
        column.accessor((use) => use.patient.name, { id: 'patient', header: t('promotions.uses.patient') }),
        column.accessor('appointmentId', {
          header: t('promotions.uses.appointment'),
          cell: ({ getValue }) => <span className="font-mono text-xs break-all">{getValue()}</span>,
        }),
        column.accessor('discountAmount', {
          header: t('promotions.uses.amount'),
          cell: ({ getValue }) => <span className="tabular-nums">{formatVnd(getValue())}</span>,
          meta: { className: 'whitespace-nowrap' },
        }),
        column.accessor('status', {
          header: t('promotions.uses.status'),
          cell: ({ getValue }) => t(`promotions.uses.${getValue()}`),
        }),
        column.accessor('createdAt', {
          header: t('promotions.uses.date'),
          cell: ({ getValue }) => formatDateTime(getValue(), i18n.language, PLATFORM_TIME_ZONE),
          meta: { className: 'whitespace-nowrap' },
        }),
      ]),
    [t, i18n.language],
  )

  return (
    <Dialog open onOpenChange={(open) => (open ? undefined : onClose())}>
      <DialogContent className="max-w-3xl">
        <DialogTitle>{t('promotions.uses.title', { code: promotion.code })}</DialogTitle>
        <DialogDescription>{t('promotions.uses.description')}</DialogDescription>
        <div className="mt-5 flex flex-col gap-4">
          {uses.isError && !uses.data ? (
            <ErrorState onRetry={() => void uses.refetch()} retrying={uses.isRefetching} />
          ) : (
            <>
              <DataTable
                label={t('promotions.uses.caption')}
                columns={columns}
                data={rows}
                loading={uses.isPending}
                getRowId={(use) => use.id}
                manualSorting={NO_SORTING}
                empty={t('promotions.uses.none')}
              />
              {rows.length > 0 ? (
                <LoadMore
                  hasMore={Boolean(uses.hasNextPage)}
                  loading={uses.isFetchingNextPage}
                  onLoadMore={() => void uses.fetchNextPage()}
                />
              ) : null}
            </>
          )}
          <div className="flex justify-end">
            <DialogClose asChild>
              <Button variant="secondary">{t('promotions.uses.close')}</Button>
            </DialogClose>
          </div>
        </div>
      </DialogContent>
    </Dialog>
  )
}
