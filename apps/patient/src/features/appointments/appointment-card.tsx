import type { TAppointment } from '@medbook/contracts'
import { Card } from '@medbook/ui'
import { CalendarDays, ChevronRight, MapPin, UserRound } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useDayLabel } from '../booking/use-day-label'
import { ConsultationTypeBadge } from '../doctors/consultation-type-badges'
import { useForWhomLabel } from './appointment-labels'
import { AppointmentStatusBadge } from './appointment-status-badge'
import { HoldNotice } from './hold-notice'
import { QueueNumber } from './queue-number'

interface AppointmentCardProps {
  appointment: TAppointment
  isWaitlistOffer: boolean
}

export function AppointmentCard({ appointment, isWaitlistOffer }: AppointmentCardProps) {
  const { t } = useTranslation()
  const dayLabel = useDayLabel()
  const forWhom = useForWhomLabel()
  const headingId = `appointment-${appointment.id}`
  const day = dayLabel(appointment.appointmentDate)
  const time = t('booking.timeRange', { start: appointment.timeSlot.startTime, end: appointment.timeSlot.endTime })
  const inactive = appointment.status === 'cancelled' || appointment.status === 'rescheduled'

  return (
    <Card asChild className="flex h-full flex-col gap-3 p-4 sm:p-5">
      <article aria-labelledby={headingId}>
        <div className="flex items-start gap-3">
          <div className="min-w-0 flex-1">
            <div className="flex flex-wrap items-center gap-1.5">
              <AppointmentStatusBadge appointment={appointment} isWaitlistOffer={isWaitlistOffer} />
              <ConsultationTypeBadge type={appointment.type} />
            </div>
            <h3 id={headingId} className="mt-2 text-base leading-snug font-semibold text-ink sm:text-lg">
              {appointment.doctor.name}
            </h3>
            <p
              className={inactive ? 'mt-1 text-sm text-ink-muted line-through' : 'mt-1 text-sm font-semibold text-ink'}
            >
              <CalendarDays className="mr-1.5 inline size-4 align-[-3px] text-primary-700" aria-hidden="true" />
              {time}, {day}
            </p>
          </div>
          {appointment.queueNumber !== null && !inactive ? <QueueNumber number={appointment.queueNumber} /> : null}
        </div>
        <ul className="flex flex-col gap-1 text-sm text-ink-muted">
          <li className="flex items-start gap-1.5">
            <MapPin className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
            <span>
              {appointment.hospital.name} · {appointment.hospital.street}, {appointment.hospital.city}
            </span>
          </li>
          <li className="flex items-start gap-1.5">
            <UserRound className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
            {forWhom(appointment)}
          </li>
        </ul>
        <HoldNotice appointment={appointment} isWaitlistOffer={isWaitlistOffer} />
        <Link
          to={`/appointments/${appointment.id}`}
          aria-label={t('appointments.card.detailsFor', { doctor: appointment.doctor.name, day: `${time}, ${day}` })}
          className="mt-auto inline-flex items-center gap-1 self-start text-sm font-semibold text-primary-700 underline-offset-4 hover:underline"
        >
          {t('appointments.card.details')}
          <ChevronRight className="size-4" aria-hidden="true" />
        </Link>
      </article>
    </Card>
  )
}
