import type { TConsultationType } from '@medbook/contracts'
import { Avatar, Card, formatVnd } from '@medbook/ui'
import { CalendarDays, MapPin, Wallet } from 'lucide-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ConsultationTypeBadge } from '../doctors/consultation-type-badges'
import { longDate } from './local-dates'

interface SlotSummaryProps {
  doctor: { name: string; consultationFee: number; hospital: { name: string; street: string; city: string } }
  date: string
  startTime: string
  /** null while the slot is not (or no longer) among the free ones */
  endTime: string | null
  type: TConsultationType
  /** a link to choose another time */
  action?: ReactNode
}

/** The doctor, the day and time (hospital-local, as given), the place and the fee. */
export function SlotSummary({ doctor, date, startTime, endTime, type, action }: SlotSummaryProps) {
  const { t, i18n } = useTranslation()
  return (
    <Card className="p-4 sm:p-5">
      <div className="flex items-center gap-3">
        <Avatar name={doctor.name} />
        <div className="min-w-0">
          <p className="text-xs font-medium text-ink-muted">{t('booking.summary.doctor')}</p>
          <p className="truncate font-semibold text-ink">{doctor.name}</p>
        </div>
      </div>
      <ul className="mt-4 flex flex-col gap-2.5 text-sm text-ink">
        <li className="flex items-start gap-2">
          <CalendarDays className="mt-0.5 size-4 shrink-0 text-primary-700" aria-hidden="true" />
          <span>
            <span className="block font-semibold">
              {endTime ? t('booking.timeRange', { start: startTime, end: endTime }) : startTime}
            </span>
            <span className="block text-ink-muted">{longDate(date, i18n.language)}</span>
          </span>
        </li>
        <li className="flex items-start gap-2">
          <MapPin className="mt-0.5 size-4 shrink-0 text-primary-700" aria-hidden="true" />
          <span>
            <span className="block font-semibold">{doctor.hospital.name}</span>
            <span className="block text-ink-muted">
              {doctor.hospital.street}, {doctor.hospital.city}
            </span>
          </span>
        </li>
        <li className="flex items-center gap-2">
          <Wallet className="size-4 shrink-0 text-primary-700" aria-hidden="true" />
          <span>
            {t('booking.summary.fee')}: <span className="font-semibold">{formatVnd(doctor.consultationFee)}</span>
          </span>
        </li>
        <li>
          <ConsultationTypeBadge type={type} />
        </li>
      </ul>
      {action ? <div className="mt-4 border-t border-border pt-3">{action}</div> : null}
    </Card>
  )
}
