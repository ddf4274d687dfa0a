import type { TAppointment } from '@medbook/contracts'
import { Card, ErrorState, formatVnd, Skeleton, useEnumLabel } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { BillLines } from './bill-lines'
import { PaymentStatusBadge } from './payment-status-badge'
import { ReceiptLink } from './receipt-link'
import { RefundList } from './refund-list'

/** The appointment's bill, how it was paid, its receipt and any refunds. */
export function AppointmentPaymentCard({ appointment }: { appointment: TAppointment }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const enumLabel = useEnumLabel()
  const payment = appointment.payment
  const refunded = Boolean(payment?.refundAmount) || payment?.status === 'refunded'
  const details = useQuery({ ...trpc.payments.get.queryOptions({ id: payment?.id ?? '' }), enabled: refunded })
  // nothing was paid for a visit that did not happen: "awaiting payment" would be wrong
  const showStatus =
    appointment.bill.total > 0 &&
    (payment !== null || appointment.status === 'scheduled' || appointment.status === 'completed')

  return (
    <Card asChild className="p-4 sm:p-6">
      <section aria-labelledby="payment-summary-title">
        <h2 id="payment-summary-title" className="text-lg font-semibold text-ink">
          {t('payments.summary.title')}
        </h2>
        <div className="mt-3">
          <BillLines bill={appointment.bill} />
        </div>
        {showStatus ? (
          <dl className="mt-3 flex flex-col gap-2 border-t border-border pt-3 text-sm">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <dt className="text-ink-muted">{t('payments.summary.status')}</dt>
              <dd>
                <PaymentStatusBadge status={appointment.paymentStatus} />
              </dd>
            </div>
            {payment && payment.status !== 'failed' ? (
              <div className="flex flex-wrap items-center justify-between gap-2">
                <dt className="text-ink-muted">{t('payments.summary.method')}</dt>
                <dd className="font-medium text-ink">{enumLabel('PaymentMethod', payment.method)}</dd>
              </div>
            ) : null}
            {payment?.refundAmount ? (
              <div className="flex flex-wrap items-center justify-between gap-2">
                <dt className="text-ink-muted">{t('payments.summary.refunded')}</dt>
                <dd className="font-semibold text-ink tabular-nums" data-testid="refunded-amount">
                  {formatVnd(payment.refundAmount)}
                </dd>
              </div>
            ) : null}
          </dl>
        ) : null}
        {payment?.receiptUrl && (payment.status === 'completed' || payment.status === 'refunded') ? (
          <div className="mt-3">
            <ReceiptLink url={payment.receiptUrl} />
          </div>
        ) : null}
        {refunded ? (
          <div className="mt-4">
            <h3 className="mb-2 text-sm font-semibold text-ink">{t('payments.summary.refundsTitle')}</h3>
            {details.isError ? (
              <ErrorState
                title={t('payments.summary.refundsError')}
                onRetry={() => void details.refetch()}
                retrying={details.isRefetching}
              />
            ) : !details.data ? (
              <Skeleton className="h-20 rounded-xl" />
            ) : (
              <RefundList refunds={details.data.refunds} timeZone={details.data.timeZone} />
            )}
          </div>
        ) : null}
      </section>
    </Card>
  )
}
