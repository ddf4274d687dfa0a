import type { TPayment } from '@medbook/contracts'
import { Card, formatDate, formatDateTime, formatVnd, useEnumLabel } from '@medbook/ui'
import { CalendarDays, ChevronRight } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { PaymentStatusBadge } from './payment-status-badge'
import { ReceiptLink } from './receipt-link'

/** One payment in the history: status, amount, method, the visit, the receipt. */
export function PaymentCard({ payment }: { payment: TPayment }) {
  const { t, i18n } = useTranslation()
  const enumLabel = useEnumLabel()
  const language = i18n.resolvedLanguage ?? 'vi'
  const headingId = `payment-${payment.id}`
  const amount = formatVnd(payment.amount)
  const hasReceipt = payment.receiptUrl && (payment.status === 'completed' || payment.status === 'refunded')
  return (
    <Card asChild className="flex flex-col gap-2 p-4 sm:p-5">
      <article aria-labelledby={headingId}>
        <div className="flex flex-wrap items-center gap-1.5">
          <PaymentStatusBadge status={payment.status} />
          <span className="text-xs text-ink-muted">{enumLabel('PaymentMethod', payment.paymentMethod)}</span>
        </div>
        <h2 id={headingId} className="text-base leading-snug font-semibold break-words text-ink sm:text-lg">
          {t('payments.history.itemTitle', { amount, hospital: payment.hospital.name })}
        </h2>
        <p className="flex items-start gap-1.5 text-sm text-ink-muted">
          <CalendarDays className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
          {t('payments.history.visit', {
            doctor: payment.doctor.name,
            time: formatDateTime(payment.appointmentStartsAt, language, payment.timeZone),
          })}
        </p>
        <p className="text-xs text-ink-muted">
          {t('payments.history.createdAt', {
            time: formatDateTime(payment.paymentDate ?? payment.createdAt, language, payment.timeZone),
          })}
        </p>
        {payment.refundAmount ? (
          <p className="text-sm font-medium text-ink">
            {t('payments.history.refunded', { amount: formatVnd(payment.refundAmount) })}
          </p>
        ) : null}
        <div className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-2">
          <Link
            to={`/appointments/${payment.appointmentId}`}
            className="inline-flex items-center gap-1 text-sm font-semibold text-primary-700 underline-offset-4 hover:underline"
          >
            {t('payments.history.viewAppointment')}
            <ChevronRight className="size-4" aria-hidden="true" />
          </Link>
          <Link
            to={`/payments/${payment.id}`}
            className="inline-flex items-center gap-1 text-sm font-semibold text-primary-700 underline-offset-4 hover:underline"
          >
            {t('payments.history.details')}
            <ChevronRight className="size-4" aria-hidden="true" />
          </Link>
          {hasReceipt && payment.receiptUrl ? (
            <ReceiptLink
              url={payment.receiptUrl}
              label={t('payments.receipt.downloadFor', {
                amount,
                date: formatDate(payment.paymentDate ?? payment.createdAt, language, payment.timeZone),
              })}
            />
          ) : null}
        </div>
      </article>
    </Card>
  )
}
