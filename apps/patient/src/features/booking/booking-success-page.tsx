import type { TAppointment } from '@medbook/contracts'
import { Button, ErrorState, Notice, readServerError, Skeleton } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { CalendarCheck2, CircleCheckBig, Search } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { useTRPC } from '../../lib/trpc'
import { AppointmentNotFound } from '../appointments/appointment-detail-page'
import { AppointmentFacts } from '../appointments/appointment-facts'
import { RequirePatient } from '../auth/require-patient'
import { PaySection } from '../payments/pay-section'
import { isPayable } from '../payments/payable'
import { UUID } from './route-params'
import { useWallClockLabel } from './use-day-label'

export function BookingSuccessPage() {
  return (
    <RequirePatient>
      <BookingSuccess />
    </RequirePatient>
  )
}

function BookingSuccess() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const { appointmentId = '' } = useParams()
  const valid = UUID.test(appointmentId)
  const appointment = useQuery({ ...trpc.appointments.get.queryOptions({ id: appointmentId }), enabled: valid })

  if (!valid || readServerError(appointment.error).code === 'NOT_FOUND') return <AppointmentNotFound />

  return (
    <div className="mx-auto max-w-2xl px-4 py-6 sm:px-6 sm:py-10">
      {appointment.isError ? (
        <>
          <h1 className="sr-only">{t('booking.success.loadError')}</h1>
          <ErrorState
            title={t('booking.success.loadError')}
            onRetry={() => void appointment.refetch()}
            retrying={appointment.isRefetching}
          />
        </>
      ) : !appointment.data ? (
        <div className="flex flex-col gap-4" aria-busy="true">
          <Skeleton className="mx-auto size-16 rounded-full" />
          <Skeleton className="h-80 rounded-2xl" />
        </div>
      ) : (
        <Success appointment={appointment.data} />
      )}
    </div>
  )
}

function Success({ appointment }: { appointment: TAppointment }) {
  const { t } = useTranslation()
  const wallClockLabel = useWallClockLabel()
  const hold = appointment.holdExpiresAt ? wallClockLabel(appointment.holdExpiresAt, appointment.timeZone) : null
  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-col items-center text-center">
        <span className="inline-flex size-16 items-center justify-center rounded-full bg-success-50 text-success-700">
          <CircleCheckBig className="size-8" aria-hidden="true" />
        </span>
        <h1 className="mt-4 text-2xl font-bold tracking-tight text-ink sm:text-3xl">{t('booking.success.title')}</h1>
        <p className="mt-1 max-w-md text-sm text-ink-muted sm:text-base">
          {appointment.type === 'online' ? t('booking.success.online') : t('booking.success.description')}
        </p>
      </div>
      {hold ? (
        <Notice tone="warning" title={t('booking.success.heldTitle', hold)}>
          {t('booking.success.held')}
        </Notice>
      ) : null}
      <AppointmentFacts appointment={appointment} />
      {appointment.queueNumber !== null ? (
        <p className="text-center text-sm text-ink-muted">{t('booking.success.queueNumberHint')}</p>
      ) : null}
      {isPayable(appointment) ? <PaySection appointment={appointment} /> : null}
      <div className="flex flex-col gap-2 sm:flex-row sm:justify-center">
        <Button asChild size="lg">
          <Link to="/appointments">
            <CalendarCheck2 aria-hidden="true" />
            {t('booking.success.myAppointments')}
          </Link>
        </Button>
        <Button asChild size="lg" variant="secondary">
          <Link to="/doctors">
            <Search aria-hidden="true" />
            {t('booking.success.bookAnother')}
          </Link>
        </Button>
      </div>
    </div>
  )
}
