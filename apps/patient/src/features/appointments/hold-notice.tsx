import type { TAppointment } from '@medbook/contracts'
import { Clock } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { useWallClockLabel } from '../booking/use-day-label'

interface HoldNoticeProps {
  appointment: Pick<TAppointment, 'status' | 'holdExpiresAt' | 'timeZone'>
  /** the hold is a waitlist offer, claimed from the waitlist, not paid */
  isWaitlistOffer?: boolean
}

/** "Held until 09:15, pay to confirm": a booking that waits for prepayment (or a waitlist offer). */
export function HoldNotice({ appointment, isWaitlistOffer = false }: HoldNoticeProps) {
  const { t } = useTranslation()
  const wallClockLabel = useWallClockLabel()
  if (appointment.status !== 'scheduled' || !appointment.holdExpiresAt) return null
  const until = wallClockLabel(appointment.holdExpiresAt, appointment.timeZone)
  return (
    <p className="flex items-start gap-1.5 rounded-lg bg-warning-50 px-3 py-2 text-sm font-medium text-warning-800">
      <Clock className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
      {isWaitlistOffer ? t('appointments.card.offerHeldUntil', until) : t('appointments.card.heldUntil', until)}
    </p>
  )
}
