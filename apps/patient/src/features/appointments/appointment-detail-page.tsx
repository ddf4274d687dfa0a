import type { TAppointment } from '@medbook/contracts'
import {
  Button,
  EmptyState,
  ErrorState,
  Notice,
  readServerError,
  Skeleton,
  toast,
  useServerErrorText,
} from '@medbook/ui'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { ArrowLeft, CalendarClock, CalendarSearch, CalendarX2, XCircle } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { useTRPC } from '../../lib/trpc'
import { RequirePatient } from '../auth/require-patient'
import { UUID } from '../booking/route-params'
import { useInvalidateBookings } from '../booking/use-invalidate-bookings'
import { ContactButtons } from '../messages/contact-buttons'
import { AppointmentPaymentCard } from '../payments/appointment-payment-card'
import { PaySection } from '../payments/pay-section'
import { isPayable } from '../payments/payable'
import { VisitReviewSection } from '../reviews/visit-review-section'
import { AppointmentFacts } from './appointment-facts'
import { isChangeable } from './appointment-labels'
import { AppointmentStatusBadge } from './appointment-status-badge'
import { CancelAppointmentDialog } from './cancel-appointment-dialog'
import { CutoffNotice, readCutoffHours } from './cutoff-notice'

export function AppointmentDetailPage() {
  return (
    <RequirePatient>
      <AppointmentDetail />
    </RequirePatient>
  )
}

export function BackToAppointments() {
  const { t } = useTranslation()
  return (
    <Link
      to="/appointments"
      className="inline-flex items-center gap-1.5 text-sm font-semibold text-primary-700 underline-offset-4 hover:underline"
    >
      <ArrowLeft className="size-4" aria-hidden="true" />
      {t('appointments.detail.back')}
    </Link>
  )
}

/** Not found (or not the patient's): the same answer, so ids cannot be probed. */
export function AppointmentNotFound() {
  const { t } = useTranslation()
  return (
    <div className="mx-auto max-w-lg px-4 py-16">
      <h1 className="sr-only">{t('appointments.detail.notFoundTitle')}</h1>
      <EmptyState
        icon={CalendarX2}
        title={t('appointments.detail.notFoundTitle')}
        description={t('appointments.detail.notFound')}
        action={
          <Button asChild variant="secondary">
            <Link to="/appointments">{t('appointments.detail.back')}</Link>
          </Button>
        }
      />
    </div>
  )
}

function AppointmentDetail() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const { appointmentId = '' } = useParams()
  const valid = UUID.test(appointmentId)
  const appointment = useQuery({ ...trpc.appointments.get.queryOptions({ id: appointmentId }), enabled: valid })

  if (!valid || readServerError(appointment.error).code === 'NOT_FOUND') return <AppointmentNotFound />

  return (
    <div className="mx-auto max-w-3xl px-4 py-5 sm:px-6 sm:py-8">
      <BackToAppointments />
      {appointment.isError ? (
        <div className="mt-6">
          <h1 className="sr-only">{t('appointments.detail.errorTitle')}</h1>
          <ErrorState
            title={t('appointments.detail.errorTitle')}
            onRetry={() => void appointment.refetch()}
            retrying={appointment.isRefetching}
          />
        </div>
      ) : !appointment.data ? (
        <div className="mt-4 flex flex-col gap-4" aria-busy="true">
          <Skeleton className="h-10 w-2/3 rounded-lg" />
          <Skeleton className="h-80 rounded-2xl" />
        </div>
      ) : (
        <Detail appointment={appointment.data} />
      )}
    </div>
  )
}

function Detail({ appointment }: { appointment: TAppointment }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const invalidate = useInvalidateBookings()
  const serverErrorText = useServerErrorText()
  const [cancelling, setCancelling] = useState(false)
  const [dialogError, setDialogError] = useState<string | null>(null)
  const [refusal, setRefusal] = useState<{ kind: 'cutoff'; hours: number | null } | { kind: 'changed' } | null>(null)

  const cancel = useMutation(
    trpc.appointments.cancel.mutationOptions({
      onSuccess: async (updated) => {
        queryClient.setQueryData(trpc.appointments.get.queryKey({ id: updated.id }), updated)
        setCancelling(false)
        toast(t('appointments.cancel.done'))
        await invalidate()
      },
      onError: (error) => {
        const { code, details } = readServerError(error)
        if (code === 'PRECONDITION_FAILED') {
          setCancelling(false)
          return setRefusal({ kind: 'cutoff', hours: readCutoffHours(details) })
        }
        if (code === 'CONFLICT') {
          setCancelling(false)
          setRefusal({ kind: 'changed' })
          return void invalidate()
        }
        setDialogError(serverErrorText(error))
      },
    }),
  )

  const waitlist = useQuery(trpc.waitlist.mine.queryOptions())
  const isWaitlistOffer = Boolean(waitlist.data?.some((entry) => entry.offeredAppointmentId === appointment.id))
  const changeable = isChangeable(appointment)

  return (
    <div className="mt-4 flex flex-col gap-5">
      <div>
        <AppointmentStatusBadge appointment={appointment} isWaitlistOffer={isWaitlistOffer} />
        <h1 className="mt-2 text-2xl leading-tight font-bold tracking-tight text-ink sm:text-3xl">
          {t('appointments.detail.title', { doctor: appointment.doctor.name })}
        </h1>
      </div>

      {appointment.status === 'cancelled' ? (
        <Notice tone="danger" title={t(`appointments.detail.cancelledBy.${appointment.cancelledBy ?? 'system'}`)}>
          {appointment.cancellationReason
            ? t('appointments.detail.cancellationReason', { reason: appointment.cancellationReason })
            : null}
        </Notice>
      ) : null}
      {appointment.status === 'rescheduled' ? <Notice>{t('appointments.detail.rescheduledNotice')}</Notice> : null}
      {refusal?.kind === 'cutoff' ? (
        <CutoffNotice hospitalId={appointment.hospital.id} cutoffHours={refusal.hours} />
      ) : null}
      {refusal?.kind === 'changed' ? (
        <Notice tone="warning" role="alert">
          {t('appointments.changedMeanwhile')}
        </Notice>
      ) : null}

      <AppointmentFacts appointment={appointment} isWaitlistOffer={isWaitlistOffer} />
      <ContactButtons appointmentId={appointment.id} />
      {isPayable(appointment) && !isWaitlistOffer ? (
        <PaySection appointment={appointment} />
      ) : (
        <AppointmentPaymentCard appointment={appointment} />
      )}
      {appointment.status === 'completed' ? <VisitReviewSection appointmentId={appointment.id} /> : null}

      {appointment.rescheduledFromId ? (
        <p className="text-sm text-ink-muted">
          {t('appointments.detail.rescheduledFrom')} ·{' '}
          <Link
            to={`/appointments/${appointment.rescheduledFromId}`}
            className="font-semibold text-primary-700 underline-offset-4 hover:underline"
          >
            {t('appointments.detail.viewPrevious')}
          </Link>
        </p>
      ) : null}

      {changeable ? (
        <div className="flex flex-col gap-2 sm:flex-row">
          <Button asChild size="lg" variant="secondary">
            <Link to={`/appointments/${appointment.id}/reschedule`}>
              <CalendarClock aria-hidden="true" />
              {t('appointments.detail.reschedule')}
            </Link>
          </Button>
          <Button
            size="lg"
            variant="secondary"
            onClick={() => {
              setDialogError(null)
              setCancelling(true)
            }}
          >
            <span className="inline-flex items-center gap-2 text-danger-700">
              <XCircle aria-hidden="true" />
              {t('appointments.detail.cancel')}
            </span>
          </Button>
        </div>
      ) : appointment.status !== 'scheduled' ? (
        <Button asChild size="lg" variant="secondary" className="self-start">
          <Link to={`/doctors/${appointment.doctor.id}`}>
            <CalendarSearch aria-hidden="true" />
            {t('appointments.detail.bookAgain')}
          </Link>
        </Button>
      ) : null}

      <CancelAppointmentDialog
        appointment={appointment}
        open={cancelling}
        onOpenChange={setCancelling}
        pending={cancel.isPending}
        error={dialogError}
        onCancel={(reason) => {
          setDialogError(null)
          cancel.mutate({ appointmentId: appointment.id, reason })
        }}
      />
    </div>
  )
}
