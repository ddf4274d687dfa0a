import type { ZHospitalPaymentsInput } from '@medbook/contracts'
import { Button, Card, EmptyState, ErrorState, Pagination } from '@medbook/ui'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Banknote, SearchX } from 'lucide-react'
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { useTRPC } from '../../lib/trpc'
import { useCursorPages } from '../../lib/use-cursor-pages'
import { CompleteRefundDialog } from './complete-refund-dialog'
import { ConfirmTransferDialog } from './confirm-transfer-dialog'
import { FilterTotals } from './filter-totals'
import type { PaymentAction } from './payment-actions'
import { PaymentsTable } from './payments-table'
import { RefundDialog } from './refund-dialog'

const PAGE_SIZE = 25

type ListFilters = Omit<z.input<typeof ZHospitalPaymentsInput>, 'cursor' | 'limit'> & { hospitalId?: string }

interface PaymentsListProps {
  filters: ListFilters
  hasFilters: boolean
  clearFilters: () => void
  showHospital: boolean
  canRefund: boolean
}

/** One page of payments at a time, its totals, and the row actions' dialogs. */
export function PaymentsList({ filters, hasFilters, clearFilters, showHospital, canRefund }: PaymentsListProps) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const pages = useCursorPages(JSON.stringify(filters))
  const payments = useQuery({
    ...trpc.payments.list.queryOptions({ ...filters, cursor: pages.cursor, limit: PAGE_SIZE }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  })
  const [open, setOpen] = useState<PaymentAction | null>(null)
  const close = useCallback(() => setOpen(null), [])
  const items = payments.data?.items ?? []
  const firstRow = (pages.page - 1) * PAGE_SIZE + 1

  return (
    <>
      {payments.isError && !payments.data ? (
        <ErrorState onRetry={() => void payments.refetch()} retrying={payments.isRefetching} />
      ) : payments.isSuccess && items.length === 0 ? (
        <EmptyState
          icon={hasFilters ? SearchX : Banknote}
          title={t('payments.emptyTitle')}
          description={hasFilters ? t('payments.emptyFiltered') : t('payments.emptyDescription')}
          action={
            hasFilters ? (
              <Button variant="secondary" onClick={clearFilters}>
                {t('payments.filters.clear')}
              </Button>
            ) : null
          }
        />
      ) : (
        <Card className="overflow-hidden">
          {items.length > 0 ? <FilterTotals filters={filters} /> : null}
          <div className={payments.isPlaceholderData ? 'opacity-60 transition-opacity' : 'transition-opacity'}>
            <PaymentsTable
              payments={items}
              loading={payments.isPending}
              showHospital={showHospital}
              canRefund={canRefund}
              onAction={setOpen}
            />
          </div>
          <div className="border-t border-border px-4 py-3">
            <Pagination
              page={pages.page}
              hasPrevious={pages.hasPrevious}
              hasNext={Boolean(payments.data?.nextCursor) && !payments.isPlaceholderData}
              onPrevious={pages.previous}
              onNext={() => payments.data?.nextCursor && pages.next(payments.data.nextCursor)}
              summary={
                items.length > 0 ? t('payments.rows', { from: firstRow, to: firstRow + items.length - 1 }) : undefined
              }
            />
          </div>
        </Card>
      )}
      {open?.kind === 'confirmTransfer' ? <ConfirmTransferDialog payment={open.payment} onClose={close} /> : null}
      {open?.kind === 'refund' ? <RefundDialog payment={open.payment} onClose={close} /> : null}
      {open?.kind === 'completeRefund' ? (
        <CompleteRefundDialog payment={open.payment} refund={open.refund} onClose={close} />
      ) : null}
    </>
  )
}
