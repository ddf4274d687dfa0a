import type { TPayment } from '@medbook/contracts'
import { formatDateTime, formatVnd, useEnumLabel } from '@medbook/ui'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5 py-3 sm:flex-row sm:gap-4">
      <dt className="text-sm text-ink-muted sm:w-40 sm:shrink-0">{label}</dt>
      <dd className="min-w-0 text-sm font-medium break-all text-ink">{children}</dd>
    </div>
  )
}

/** Amount, method, references and the visit it paid for. */
export function PaymentFacts({ payment }: { payment: TPayment }) {
  const { t, i18n } = useTranslation()
  const enumLabel = useEnumLabel()
  const language = i18n.resolvedLanguage ?? 'vi'
  return (
    <dl className="divide-y divide-border">
      <Fact label={t('payments.result.amount')}>
        <span className="text-base font-bold tabular-nums" data-testid="payment-amount">
          {formatVnd(payment.amount)}
        </span>
      </Fact>
      <Fact label={t('payments.result.method')}>{enumLabel('PaymentMethod', payment.paymentMethod)}</Fact>
      {payment.transactionId ? <Fact label={t('payments.result.transactionId')}>{payment.transactionId}</Fact> : null}
      <Fact label={t('payments.result.reference')}>{payment.reference}</Fact>
      <Fact label={t('payments.result.paidAt')}>
        {formatDateTime(payment.paymentDate ?? payment.createdAt, language, payment.timeZone)}
      </Fact>
      <Fact label={t('payments.result.visit')}>
        {t('payments.result.visitValue', {
          doctor: payment.doctor.name,
          time: formatDateTime(payment.appointmentStartsAt, language, payment.timeZone),
        })}
        <span className="block font-normal text-ink-muted">{payment.hospital.name}</span>
      </Fact>
      {payment.refundAmount ? (
        <Fact label={t('payments.summary.refunded')}>{formatVnd(payment.refundAmount)}</Fact>
      ) : null}
    </dl>
  )
}
