import type { TNotificationType } from '@medbook/contracts'
import { Badge, useEnumLabel } from '@medbook/ui'
import { TriangleAlert } from 'lucide-react'
import { useTranslation } from 'react-i18next'

/** Tells the desk the patient did not get a notice about this visit, so they can call. */
export function DeliveryWarning({ types }: { types: readonly TNotificationType[] }) {
  const { t } = useTranslation()
  const enumLabel = useEnumLabel()
  const detail = t('notifications.deliveryFailedDetail', {
    types: types.map((type) => enumLabel('NotificationType', type)).join(', '),
  })
  return (
    <div className="mt-1 flex flex-col items-start gap-0.5" data-testid="delivery-warning">
      <Badge tone="warning">
        <TriangleAlert aria-hidden="true" />
        {t('notifications.deliveryFailed')}
      </Badge>
      <p className="text-xs text-warning-800">{detail}</p>
    </div>
  )
}
