import type { TAppointment } from '@medbook/contracts'
import { Card, formatVnd } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { longDate } from '../booking/local-dates'
import { ConsultationTypeBadge } from '../doctors/consultation-type-badges'
import { useForWhomLabel } from './appointment-labels'
import { HoldNotice } from './hold-notice'
import { QueueNumber } from './queue-number'

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5 py-3 sm:flex-row sm:gap-4">
      <dt className="text-sm text-ink-muted sm:w-40 sm:shrink-0">{label}</dt>
      <dd className="min-w-0 text-sm font-medium break-words text-ink">{children}</dd>
    </div>
  )
}

/** Everything about one appointment: when (hospital-local, as given), where, for whom, why. */
export function AppointmentFacts({
  appointment,
  isWaitlistOffer = false,
}: {
  appointment: TAppointment
  isWaitlistOffer?: boolean
}) {
  const { t, i18n } = useTranslation()
  const trpc = useTRPC()
  const forWhom = useForWhomLabel()
  const hospital = useQuery(trpc.hospitals.get.queryOptions({ id: appointment.hospital.id }))
  const phone = hospital.data?.contactInfo.phoneNumber
  const active = appointment.status === 'scheduled' || appointment.status === 'completed'
  const none = t('appointments.detail.none')

  return (
    <Card className="p-4 sm:p-6">
      <div className="flex items-center gap-4">
        {appointment.queueNumber !== null && active ? <QueueNumber number={appointment.queueNumber} size="lg" /> : null}
        <div className="min-w-0">
          <p className="text-2xl font-bold text-ink tabular-nums">
            {t('booking.timeRange', { start: appointment.timeSlot.startTime, end: appointment.timeSlot.endTime })}
          </p>
          <p className="mt-0.5 text-base text-ink">{longDate(appointment.appointmentDate, i18n.language)}</p>
          <div className="mt-2">
            <ConsultationTypeBadge type={appointment.type} />
          </div>
        </div>
      </div>
      <div className="mt-4">
        <HoldNotice appointment={appointment} isWaitlistOffer={isWaitlistOffer} />
      </div>
      <dl className="mt-2 divide-y divide-border">
        <Fact label={t('appointments.detail.doctor')}>{appointment.doctor.name}</Fact>
        <Fact label={t('appointments.detail.where')}>
          <span className="block">{appointment.hospital.name}</span>
          <span className="block font-normal text-ink-muted">
            {appointment.hospital.street}, {appointment.hospital.city}
          </span>
          {phone ? (
            <a
              href={`tel:${phone.replace(/\s+/g, '')}`}
              className="mt-1 inline-block font-semibold text-primary-700 underline-offset-4 hover:underline"
            >
              {phone}
            </a>
          ) : null}
        </Fact>
        <Fact label={t('appointments.detail.patient')}>{forWhom(appointment)}</Fact>
        <Fact label={t('appointments.detail.fee')}>{formatVnd(appointment.doctor.consultationFee)}</Fact>
        <Fact label={t('appointments.detail.reason')}>{appointment.reasonForVisit || none}</Fact>
        <Fact label={t('appointments.detail.symptoms')}>
          {appointment.symptoms.length > 0 ? appointment.symptoms.join(', ') : none}
        </Fact>
        {appointment.notes ? <Fact label={t('appointments.detail.notes')}>{appointment.notes}</Fact> : null}
      </dl>
    </Card>
  )
}
