import { Badge, type BadgeTone } from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import type { TScheduleEntry } from './schedule-types'

export const STATUS_TONES: Record<TScheduleEntry['status'], BadgeTone> = {
  scheduled: 'primary',
  completed: 'success',
  cancelled: 'neutral',
  rescheduled: 'outline',
  no_show: 'warning',
}

export function StatusBadge({ status }: { status: TScheduleEntry['status'] }) {
  const { t } = useTranslation()
  return <Badge tone={STATUS_TONES[status]}>{t(`schedule.status.${status}`)}</Badge>
}
