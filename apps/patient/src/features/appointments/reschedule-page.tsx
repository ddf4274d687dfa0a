import type { TAppointment, TDoctorSummary } from '@medbook/contracts'
import { Button, Card, ErrorState, Notice, readServerError, Skeleton, toast, useServerErrorText } from '@medbook/ui'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { CalendarCheck } from 'lucide-react'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import { useTRPC } from '../../lib/trpc'
import { RequirePatient } from '../auth/require-patient'
import { newIdempotencyKey } from '../booking/idempotency-key'
import { UUID } from '../booking/route-params'
import { SlotPicker } from '../booking/slot-picker/slot-picker'
import { useChosenSlot, useSlotChoice } from '../booking/slot-picker/use-slot-choice'
import { type NextSlot, readNextSlots, SlotUnavailable } from '../booking/slot-unavailable'
import { useDayLabel } from '../booking/use-day-label'
import { useInvalidateBookings } from '../booking/use-invalidate-bookings'
import { AppointmentNotFound, BackToAppointments } from './appointment-detail-page'
import { isChangeable } from './appointment-labels'
import { CutoffNotice, readCutoffHours } from './cutoff-notice'

export function ReschedulePage() {
  return (
    <RequirePatient>
      <RescheduleLoader />
    </RequirePatient>
  )
}

function RescheduleLoader() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const { appointmentId = '' } = useParams()
  const valid = UUID.test(appointmentId)
  const appointment = useQuery({ ...trpc.appointments.get.queryOptions({ id: appointmentId }), enabled: valid })
  const doctor = useQuery({
    ...trpc.doctors.get.queryOptions({ id: appointment.data?.doctor.id ?? '' }),
    enabled: Boolean(appointment.data),
  })

  if (!valid || readServerError(appointment.error).code === 'NOT_FOUND') return <AppointmentNotFound />
  return (
    <div className="mx-auto max-w-3xl px-4 py-5 sm:px-6 sm:py-8">
      <BackToAppointments />
      <h1 className="mt-3 text-2xl font-bold tracking-tight text-ink sm:text-3xl">
        {t('appointments.reschedule.title')}
      </h1>
      {appointment.isError || doctor.isError ? (
        <ErrorState
          className="mt-6"
          onRetry={() => {
            void appointment.refetch()
            void doctor.refetch()
          }}
        />
      ) : !appointment.data || !doctor.data ? (
        <Skeleton className="mt-6 h-96 rounded-2xl" aria-busy="true" />
      ) : !isChangeable(appointment.data) ? (
        <Notice tone="warning" className="mt-6">
          {t('appointments.reschedule.notAllowed')}
        </Notice>
      ) : (
        <Reschedule appointment={appointment.data} doctor={doctor.data} />
      )}
    </div>
  )
}

interface RescheduleProps {
  appointment: TAppointment
  doctor: TDoctorSummary & { timeZone: string }
}

/** The same slot picker as the doctor's page, for the same doctor and visit type. */
function Reschedule({ appointment, doctor }: RescheduleProps) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const dayLabel = useDayLabel()
  const serverErrorText = useServerErrorText()
  const invalidate = useInvalidateBookings()
  const types = useRef([appointment.type]).current
  const { choice, setChoice } = useSlotChoice(types)
  const { slot } = useChosenSlot(doctor.id, doctor.timeZone, choice)
  const [nextSlots, setNextSlots] = useState<NextSlot[] | null>(null)
  const [refusal, setRefusal] = useState<{ cutoffHours: number | null } | null>(null)
  const [error, setError] = useState<string | null>(null)
  // one key per chosen slot: a double click or a retry moves the appointment once
  const attempt = useRef<{ slot: string; key: string } | null>(null)

  const reschedule = useMutation(
    trpc.appointments.reschedule.mutationOptions({
      onSuccess: (moved) => {
        queryClient.setQueryData(trpc.appointments.get.queryKey({ id: moved.id }), moved)
        toast(t('appointments.reschedule.done'))
        void navigate(`/appointments/${moved.id}`, { replace: true })
        void invalidate()
      },
      onError: (failure) => {
        const { code, details } = readServerError(failure)
        if (code === 'CONFLICT' && Array.isArray(details.nextSlots)) {
          setNextSlots(readNextSlots(details.nextSlots))
          return void queryClient.invalidateQueries(trpc.availability.pathFilter())
        }
        if (code === 'PRECONDITION_FAILED') return setRefusal({ cutoffHours: readCutoffHours(details) })
        setError(serverErrorText(failure))
      },
    }),
  )

  function confirm() {
    if (!slot) return
    const id = slot.startsAt.toISOString()
    if (attempt.current?.slot !== id) attempt.current = { slot: id, key: newIdempotencyKey() }
    setError(null)
    reschedule.mutate({ appointmentId: appointment.id, startsAt: slot.startsAt, idempotencyKey: attempt.current.key })
  }

  function pickNext(next: NextSlot) {
    setNextSlots(null)
    setChoice({ date: next.date, time: next.startTime, type: appointment.type })
  }

  const current = { time: appointment.timeSlot.startTime, day: dayLabel(appointment.appointmentDate) }

  return (
    <div className="mt-2 flex flex-col gap-5">
      <p className="text-sm text-ink-muted sm:text-base">
        {t('appointments.reschedule.description', { doctor: appointment.doctor.name, ...current })}
      </p>
      {refusal ? <CutoffNotice hospitalId={appointment.hospital.id} cutoffHours={refusal.cutoffHours} /> : null}
      {nextSlots ? <SlotUnavailable nextSlots={nextSlots} onPick={pickNext} /> : null}
      <Card asChild className="p-4 sm:p-6">
        <section aria-label={t('appointments.reschedule.pickSlot')}>
          <SlotPicker
            doctorId={doctor.id}
            timeZone={doctor.timeZone}
            types={types}
            choice={choice}
            onChoiceChange={(next) => {
              setNextSlots(null)
              setChoice(next)
            }}
          />
        </section>
      </Card>
      {error ? (
        <Notice tone="danger" role="alert">
          {error}
        </Notice>
      ) : null}
      <div className="sticky bottom-[calc(4.5rem+env(safe-area-inset-bottom))] rounded-xl border border-border bg-surface p-3 shadow-raised md:static md:border-0 md:bg-transparent md:p-0 md:shadow-none">
        <Button
          size="lg"
          className="w-full sm:w-auto"
          disabled={!slot || refusal !== null}
          loading={reschedule.isPending}
          onClick={confirm}
        >
          {reschedule.isPending ? null : <CalendarCheck aria-hidden="true" />}
          {slot
            ? t('appointments.reschedule.confirmTo', { time: slot.startTime, day: dayLabel(slot.date) })
            : t('appointments.reschedule.pickSlot')}
        </Button>
      </div>
    </div>
  )
}
