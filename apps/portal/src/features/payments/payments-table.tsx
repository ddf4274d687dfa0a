import type { TPayment } from '@medbook/contracts'
import { buttonClassName, DataTable, dataColumnHelper, formatDateTime, formatVnd, useEnumLabel } from '@medbook/ui'
import { FileText } from 'lucide-react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { type PaymentAction, PaymentActions } from './payment-actions'
import { pendingManualRefunds } from './payment-rules'
import { PaymentStatusBadge } from './payment-status-badge'

interface PaymentsTableProps {
  payments: readonly TPayment[]
  loading: boolean
  /** admins see every hospital's payments: a column says whose */
  showHospital: boolean
  canRefund: boolean
  onAction: (action: PaymentAction) => void
}

/** the API lists payments newest first (cursor pages); the table leaves the order to it */
const SERVER_ORDER = { sorting: [], onSortingChange: () => {} }

const column = dataColumnHelper<TPayment>()

export function PaymentsTable({ payments, loading, showHospital, canRefund, onAction }: PaymentsTableProps) {
  const { t, i18n } = useTranslation()
  const enumLabel = useEnumLabel()
  const columns = useMemo(
    () =>
      column.columns([
        column.accessor('createdAt', {
          header: t('payments.table.created'),
          enableSorting: false,
          cell: ({ row }) => formatDateTime(row.original.createdAt, i18n.language, row.original.timeZone),
          meta: { className: 'whitespace-nowrap tabular-nums' },
        }),
        column.accessor('reference', {
          header: t('payments.table.reference'),
          enableSorting: false,
          cell: ({ row }) => (
            <>
              <p className="font-mono font-semibold text-ink">{row.original.reference}</p>
              <p className="mt-0.5 text-xs text-ink-muted">
                {t('payments.visit', {
                  time: formatDateTime(row.original.appointmentStartsAt, i18n.language, row.original.timeZone),
                  doctor: row.original.doctor.name,
                })}
              </p>
            </>
          ),
          meta: { className: 'min-w-48' },
        }),
        column.display({
          id: 'patient',
          header: t('payments.table.patient'),
          cell: ({ row }) => <span className="font-medium text-ink">{row.original.patient.name}</span>,
          meta: { className: 'min-w-36' },
        }),
        ...(showHospital
          ? [
              column.display({
                id: 'hospital',
                header: t('payments.table.hospital'),
                cell: ({ row }) => row.original.hospital.name,
                meta: { className: 'min-w-44' },
              }),
            ]
          : []),
        column.accessor('amount', {
          header: t('payments.table.amount'),
          enableSorting: false,
          cell: ({ row }) => {
            const manual = pendingManualRefunds(row.original).reduce((sum, refund) => sum + refund.amount, 0)
            return (
              <>
                <p className="font-semibold text-ink">{formatVnd(row.original.amount)}</p>
                <p className="text-xs text-ink-muted">{enumLabel('PaymentMethod', row.original.paymentMethod)}</p>
                {row.original.refundAmount ? (
                  <p className="text-xs text-ink-muted">
                    {t('payments.refundedPart', { amount: formatVnd(row.original.refundAmount) })}
                  </p>
                ) : null}
                {manual > 0 ? (
                  <p className="text-xs text-warning-800">
                    {t('payments.pendingRefund', { amount: formatVnd(manual) })}
                  </p>
                ) : null}
              </>
            )
          },
          meta: { className: 'whitespace-nowrap text-right tabular-nums' },
        }),
        column.accessor('status', {
          header: t('payments.table.status'),
          enableSorting: false,
          cell: ({ getValue }) => <PaymentStatusBadge status={getValue()} />,
        }),
        column.display({
          id: 'actions',
          header: () => <span className="sr-only">{t('payments.table.actions')}</span>,
          cell: ({ row }) => (
            <div className="flex items-center justify-end gap-1">
              {row.original.receiptUrl ? (
                <a
                  href={`${row.original.receiptUrl}?lang=${i18n.language === 'en' ? 'en' : 'vi'}`}
                  className={buttonClassName('ghost', 'icon')}
                  aria-label={t('payments.receiptFor', { reference: row.original.reference })}
                  title={t('payments.receipt')}
                  target="_blank"
                  rel="noreferrer"
                >
                  <FileText className="size-5" aria-hidden="true" />
                </a>
              ) : null}
              <PaymentActions payment={row.original} canRefund={canRefund} onAction={onAction} />
            </div>
          ),
          meta: { className: 'text-right' },
        }),
      ]),
    [t, i18n.language, enumLabel, showHospital, canRefund, onAction],
  )
  return (
    <DataTable
      label={t('payments.table.caption')}
      columns={columns}
      data={payments}
      loading={loading}
      getRowId={(payment) => payment.id}
      manualSorting={SERVER_ORDER}
      // the page shows its own empty state, with a way to clear the filters
      empty={null}
    />
  )
}
