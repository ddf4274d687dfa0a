import type { TPromotionSummary } from '@medbook/contracts'
import { Badge, type BadgeTone, useEnumLabel } from '@medbook/ui'

const TONES: Record<TPromotionSummary['status'], BadgeTone> = {
  active: 'success',
  expired: 'neutral',
  disabled: 'danger',
}

export function PromotionStatusBadge({ status }: { status: TPromotionSummary['status'] }) {
  const enumLabel = useEnumLabel()
  return <Badge tone={TONES[status]}>{enumLabel('PromotionStatus', status)}</Badge>
}
