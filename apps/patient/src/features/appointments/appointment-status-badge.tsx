import type { TAppointment } from '@medbook/contracts'
import { Badge, type BadgeTone } from '@medbook/ui'
import { useTranslation } from 'react-i18next'

const TONES = {
  scheduled: 'success',
  completed: 'primary',
  cancelled: 'danger',
  rescheduled: 'neutral',
  no_show: 'warning',
} as const satisfies Record<TAppointment['status'], BadgeTone>

interface AppointmentStatusBadgeProps {
  appointment: Pick<TAppointment, 'status' | 'holdExpiresAt'>
  /** held by a waitlist offer, waiting to be claimed */
  isWaitlistOffer?: boolean
}

export function AppointmentStatusBadge({ appointment, isWaitlistOffer = false }: AppointmentStatusBadgeProps) {
  const { t } = useTranslation()
  // a held booking keeps its slot but is not confirmed yet: it waits for payment, or for a claim
  if (appointment.status === 'scheduled' && appointment.holdExpiresAt) {
    return (
      <Badge tone="warning">{t(isWaitlistOffer ? 'appointments.status.offered' : 'appointments.status.held')}</Badge>
    )
  }
  return <Badge tone={TONES[appointment.status]}>{t(`appointments.status.${appointment.status}`)}</Badge>
}
