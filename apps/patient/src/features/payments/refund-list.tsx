import type { TRefund } from '@medbook/contracts'
import { Badge, formatDate, formatVnd, useEnumLabel } from '@medbook/ui'
import { useTranslation } from 'react-i18next'

/** Each refund of a payment: amount, date, reason, and whether the money has gone back yet. */
export function RefundList({ refunds, timeZone }: { refunds: readonly TRefund[]; timeZone: string }) {
  const { t, i18n } = useTranslation()
  const enumLabel = useEnumLabel()
  const language = i18n.resolvedLanguage ?? 'vi'
  return (
    <ul className="flex flex-col gap-2" data-testid="refunds">
      {refunds.map((refund) => (
        <li key={refund.id} className="rounded-xl border border-border px-3 py-2.5 text-sm">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <span className="font-semibold text-ink tabular-nums">
              {t('payments.summary.refundLine', {
                amount: formatVnd(refund.amount),
                date: formatDate(refund.completedAt ?? refund.createdAt, language, timeZone),
              })}
            </span>
            <Badge tone={refund.status === 'completed' ? 'success' : refund.status === 'failed' ? 'danger' : 'warning'}>
              {enumLabel('RefundStatus', refund.status)}
            </Badge>
          </div>
          <p className="mt-0.5 text-ink-muted">{enumLabel('RefundKind', refund.kind)}</p>
          <p className="mt-0.5 break-words text-ink">{t('payments.summary.refundReason', { reason: refund.reason })}</p>
          {refund.status === 'failed' && refund.failureMessage ? (
            <p className="mt-0.5 text-danger-700">
              {t('payments.summary.refundFailed', { message: refund.failureMessage })}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  )
}
