import { formatVnd, Notice, Skeleton, useEnumLabel } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'

/** What cancelling now gives back by the written policy, asked fresh each time the dialog opens. */
export function RefundPreviewNotice({ appointmentId }: { appointmentId: string }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const enumLabel = useEnumLabel()
  const preview = useQuery({ ...trpc.payments.refundPreview.queryOptions({ appointmentId }), staleTime: 0 })

  if (preview.isPending) {
    return (
      <div aria-busy="true">
        <span className="sr-only">{t('payments.refundPreview.loading')}</span>
        <Skeleton className="h-16 rounded-xl" />
      </div>
    )
  }
  if (preview.isError) return <Notice tone="warning">{t('payments.refundPreview.error')}</Notice>
  const { paid, refundAmount, percent, rule, minHoursBefore, method } = preview.data
  if (rule === 'nothing_paid' || paid === 0) return null
  const paidText = formatVnd(paid)
  if (refundAmount === 0) {
    return (
      <Notice tone="warning" title={t('payments.refundPreview.nothing')}>
        {t('payments.refundPreview.tooLate', { paid: paidText })}
      </Notice>
    )
  }
  return (
    <Notice tone="info" title={t('payments.refundPreview.willGet', { amount: formatVnd(refundAmount) })}>
      {rule === 'tier' && minHoursBefore !== null
        ? t('payments.refundPreview.tier', { percent, paid: paidText, hours: minHoursBefore })
        : t('payments.refundPreview.full', { paid: paidText })}
      {method ? ` ${t('payments.refundPreview.to', { method: enumLabel('PaymentMethod', method) })}` : null}
    </Notice>
  )
}
