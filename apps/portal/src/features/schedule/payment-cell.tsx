import { Badge, type BadgeTone, Button, formatVnd } from '@medbook/ui'
import { Banknote } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import type { TScheduleEntry } from './schedule-types'

const LABELS = {
  pending: { key: 'schedule.payment.unpaid', tone: 'warning' },
  failed: { key: 'schedule.payment.failed', tone: 'danger' },
  completed: { key: 'schedule.payment.paid', tone: 'success' },
  refunded: { key: 'schedule.payment.refunded', tone: 'neutral' },
} as const satisfies Record<TScheduleEntry['paymentStatus'], { key: string; tone: BadgeTone }>

/** A visit the desk can still take money for: booked or seen, not paid, and not free. */
export function canTakePayment(entry: TScheduleEntry): boolean {
  return (
    (entry.status === 'scheduled' || entry.status === 'completed') &&
    (entry.paymentStatus === 'pending' || entry.paymentStatus === 'failed') &&
    entry.totalAmount > 0
  )
}

interface PaymentCellProps {
  entry: TScheduleEntry
  /** staff take payments; doctors only see whether a visit is paid */
  onTakePayment: ((entry: TScheduleEntry) => void) | null
}

/** Whether the visit is paid, its bill's total, and for staff a "Take payment" button. */
export function PaymentCell({ entry, onTakePayment }: PaymentCellProps) {
  const { t } = useTranslation()
  const label = LABELS[entry.paymentStatus]
  const cancelled = entry.status === 'cancelled' || entry.status === 'rescheduled'
  // a free visit has nothing to pay; an unpaid visit that will not happen owes nothing
  if (entry.totalAmount === 0) return null
  return (
    <div className="flex flex-col items-start gap-1.5" data-testid="queue-payment">
      {cancelled && entry.paymentStatus === 'pending' ? null : <Badge tone={label.tone}>{t(label.key)}</Badge>}
      <span className="text-sm tabular-nums text-ink-muted">{formatVnd(entry.totalAmount)}</span>
      {onTakePayment && canTakePayment(entry) ? (
        <Button
          size="sm"
          variant="subtle"
          aria-label={t('schedule.payment.takeFor', { name: entry.visitor.name })}
          onClick={() => onTakePayment(entry)}
        >
          <Banknote aria-hidden="true" />
          {t('schedule.payment.take')}
        </Button>
      ) : null}
    </div>
  )
}
