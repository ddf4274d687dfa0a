import type { TPayment } from '@medbook/contracts'
import { Badge, type BadgeTone, useEnumLabel } from '@medbook/ui'

const TONES = {
  pending: 'warning',
  completed: 'success',
  failed: 'danger',
  refunded: 'neutral',
} as const satisfies Record<TPayment['status'], BadgeTone>

export function PaymentStatusBadge({ status }: { status: TPayment['status'] }) {
  const enumLabel = useEnumLabel()
  return <Badge tone={TONES[status]}>{enumLabel('PaymentStatus', status)}</Badge>
}
