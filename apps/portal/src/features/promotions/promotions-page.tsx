import type { TPromotionSummary } from '@medbook/contracts'
import { Button, Card, EmptyState, ErrorState, PageHeader, Pagination } from '@medbook/ui'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Plus, SearchX, TicketPercent } from 'lucide-react'
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { useCursorPages } from '../../lib/use-cursor-pages'
import { PromotionFilters } from './promotion-filters'
import { PromotionFormDialog } from './promotion-form-dialog'
import { PromotionStatusDialog } from './promotion-status-dialog'
import { PromotionUsesDialog } from './promotion-uses-dialog'
import { type PromotionAction, PromotionsTable } from './promotions-table'
import { usePromotionFilters } from './use-promotion-filters'

const PAGE_SIZE = 20

type Open = { kind: 'create' } | { kind: 'edit' | 'uses' | 'disable' | 'enable'; promotion: TPromotionSummary } | null

/** Admins' promotion codes: filtered list, create and edit, disable and re-enable, who used a code. */
export function PromotionsPage() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const { filters, hasFilters, clearFilters } = usePromotionFilters()
  const pages = useCursorPages(JSON.stringify(filters))
  const promotions = useQuery({
    ...trpc.promotions.list.queryOptions({ ...filters, cursor: pages.cursor, limit: PAGE_SIZE }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  })
  const [open, setOpen] = useState<Open>(null)
  const onAction = useCallback(
    (promotion: TPromotionSummary, action: PromotionAction) => setOpen({ kind: action, promotion }),
    [],
  )
  const close = useCallback(() => setOpen(null), [])
  const items = promotions.data?.items ?? []
  const firstRow = (pages.page - 1) * PAGE_SIZE + 1

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t('promotions.title')}
        description={t('promotions.description')}
        actions={
          <Button onClick={() => setOpen({ kind: 'create' })}>
            <Plus aria-hidden="true" />
            {t('promotions.add')}
          </Button>
        }
      />
      <Card className="p-4 sm:p-5">
        <PromotionFilters />
      </Card>
      {promotions.isError && !promotions.data ? (
        <ErrorState onRetry={() => void promotions.refetch()} retrying={promotions.isRefetching} />
      ) : promotions.isSuccess && items.length === 0 ? (
        <EmptyState
          icon={hasFilters ? SearchX : TicketPercent}
          title={hasFilters ? t('promotions.emptyTitle') : t('promotions.noneTitle')}
          description={hasFilters ? t('promotions.emptyDescription') : t('promotions.noneDescription')}
          action={
            hasFilters ? (
              <Button variant="secondary" onClick={clearFilters}>
                {t('promotions.clearFilters')}
              </Button>
            ) : null
          }
        />
      ) : (
        <Card className="overflow-hidden">
          <div className={promotions.isPlaceholderData ? 'opacity-60 transition-opacity' : 'transition-opacity'}>
            <PromotionsTable promotions={items} loading={promotions.isPending} onAction={onAction} />
          </div>
          <div className="border-t border-border px-4 py-3">
            <Pagination
              page={pages.page}
              hasPrevious={pages.hasPrevious}
              hasNext={Boolean(promotions.data?.nextCursor) && !promotions.isPlaceholderData}
              onPrevious={pages.previous}
              onNext={() => promotions.data?.nextCursor && pages.next(promotions.data.nextCursor)}
              summary={
                items.length > 0 ? t('promotions.rows', { from: firstRow, to: firstRow + items.length - 1 }) : undefined
              }
            />
          </div>
        </Card>
      )}
      {open?.kind === 'create' ? <PromotionFormDialog promotionId={null} onClose={close} /> : null}
      {open?.kind === 'edit' ? <PromotionFormDialog promotionId={open.promotion.id} onClose={close} /> : null}
      {open?.kind === 'uses' ? <PromotionUsesDialog promotion={open.promotion} onClose={close} /> : null}
      {open?.kind === 'disable' || open?.kind === 'enable' ? (
        <PromotionStatusDialog promotion={open.promotion} action={open.kind} onClose={close} />
      ) : null}
    </div>
  )
}
