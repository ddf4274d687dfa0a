import type { THospitalSummary } from '@medbook/contracts'
import { Badge } from '@medbook/ui'
import { Clock } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { type HospitalClock, todaysHours } from './opening-hours'

interface TodaysHoursProps {
  operatingHours: THospitalSummary['operatingHours']
  now: HospitalClock
}

export function TodaysHoursLine({ operatingHours, now }: TodaysHoursProps) {
  const { t } = useTranslation()
  const { hours } = todaysHours(operatingHours, now)
  return (
    <span className="inline-flex items-center gap-1.5">
      <Clock className="size-4 shrink-0 text-ink-muted" aria-hidden="true" />
      {hours ? t('hospitals.todayHours', { open: hours.openTime, close: hours.closeTime }) : t('hospitals.closedToday')}
    </span>
  )
}

export function OpenNowBadge({ operatingHours, now }: TodaysHoursProps) {
  const { t } = useTranslation()
  const { openNow } = todaysHours(operatingHours, now)
  return (
    <Badge tone={openNow ? 'success' : 'neutral'}>
      <span className={openNow ? 'size-1.5 rounded-full bg-success-700' : 'size-1.5 rounded-full bg-ink-muted'} />
      {openNow ? t('hospitals.openNow') : t('hospitals.closedNow')}
    </Badge>
  )
}
