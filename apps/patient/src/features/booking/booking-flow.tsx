import {
  Button,
  ErrorState,
  fullName,
  Notice,
  readServerError,
  Skeleton,
  useServerErrorText,
  useSession,
} from '@medbook/ui'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { ArrowLeft } from 'lucide-react'
import { type ReactNode, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router'
import { useTRPC } from '../../lib/trpc'
import { loginPath } from '../auth/auth-paths'
import { usePromotionRefusalText } from '../payments/promotion-refusal'
import { BookingDetailsForm } from './booking-details-form'
import { type BookingTarget, doctorSlotsPath } from './booking-path'
import { BookingPrice } from './booking-price'
import { BookingReview } from './booking-review'
import type { TBookingDetails } from './booking-schema'
import { MYSELF } from './for-whom-field'
import { newIdempotencyKey } from './idempotency-key'
import { SlotSummary } from './slot-summary'
import { type NextSlot, readNextSlots, SlotUnavailable } from './slot-unavailable'
import { useBookingQuote } from './use-booking-quote'
import { useInvalidateBookings } from './use-invalidate-bookings'

type Step = 'details' | 'review'

export function BookingFlow({ target }: { target: BookingTarget }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const location = useLocation()
  const [, setParams] = useSearchParams()
  const serverErrorText = useServerErrorText()
  const invalidate = useInvalidateBookings()
  const session = useSession()
  const doctor = useQuery(trpc.doctors.get.queryOptions({ id: target.doctorId }))
  const slots = useQuery({
    ...trpc.availability.slots.queryOptions({
      doctorId: target.doctorId,
      from: target.date,
      to: target.date,
      type: target.type,
    }),
    staleTime: 15_000,
  })
  const family = useQuery(trpc.family.list.queryOptions())

  const [step, setStep] = useState<Step>('details')
  const [details, setDetails] = useState<TBookingDetails | null>(null)
  const [nextSlots, setNextSlots] = useState<NextSlot[] | null>(null)
  const [error, setError] = useState<ReactNode>(null)
  const [serviceIds, setServiceIds] = useState<string[]>([])
  const [promotionCode, setPromotionCode] = useState<string | null>(null)
  // the booking itself refused the code (used up meanwhile): said beside the code field
  const [bookingRefusal, setBookingRefusal] = useState<string | null>(null)
  const refusalText = usePromotionRefusalText()
  // one key per attempt at one slot: a retry or a second click sends the same key and books once
  const attemptKey = useRef<string | null>(null)
  const stepHeading = useRef<HTMLHeadingElement>(null)

  const quote = useBookingQuote({
    doctorId: target.doctorId,
    type: target.type,
    hospitalServiceIds: serviceIds,
    promotionCode,
    enabled: step === 'review' && Boolean(session.data),
  })
  const quoteRefusal =
    quote.data?.promotionRefusal && !quote.isPlaceholderData ? refusalText(quote.data.promotionRefusal) : null

  const slot =
    slots.data?.slots.find(
      (entry) => entry.date === target.date && entry.startTime === target.time && entry.type === target.type,
    ) ?? null

  useEffect(() => {
    if (step === 'review') stepHeading.current?.focus()
  }, [step])

  const book = useMutation(
    trpc.appointments.book.mutationOptions({
      onSuccess: (appointment) => {
        queryClient.setQueryData(trpc.appointments.get.queryKey({ id: appointment.id }), appointment)
        void navigate(`/book/done/${appointment.id}`, { replace: true })
        void invalidate()
      },
      onError: (failure) => {
        const { code, details: extra } = readServerError(failure)
        if (extra.field === 'promotionCode') {
          setBookingRefusal(refusalText(extra.reason))
          return void queryClient.invalidateQueries(trpc.payments.quote.pathFilter())
        }
        if (extra.field === 'hospitalServiceIds') {
          void queryClient.invalidateQueries(trpc.catalogue.hospitalServices.pathFilter())
          return setError(
            <Notice tone="danger" role="alert">
              {t('payments.bookingErrors.serviceGone')}
            </Notice>,
          )
        }
        if (code === 'CONFLICT') {
          setNextSlots(readNextSlots(extra.nextSlots))
          void queryClient.invalidateQueries(trpc.availability.pathFilter())
          return
        }
        if (code === 'UNAUTHORIZED') {
          return setError(
            <Notice
              tone="warning"
              role="alert"
              title={t('booking.errors.signInTitle')}
              action={
                <Button asChild size="sm">
                  <Link to={loginPath({ next: `${location.pathname}${location.search}` })}>
                    {t('booking.errors.signIn')}
                  </Link>
                </Button>
              }
            />,
          )
        }
        const message =
          code === 'FORBIDDEN'
            ? t('booking.errors.forbidden')
            : code === 'BAD_REQUEST'
              ? t('booking.errors.badRequest')
              : code === 'NOT_FOUND'
                ? t('booking.errors.notFound')
                : code === 'PRECONDITION_FAILED'
                  ? t('booking.errors.closed')
                  : serverErrorText(failure)
        setError(
          <Notice tone="danger" role="alert">
            {message}
          </Notice>,
        )
      },
    }),
  )

  function pickNext(next: NextSlot) {
    setNextSlots(null)
    setError(null)
    attemptKey.current = newIdempotencyKey()
    setParams(
      (current) => {
        const updated = new URLSearchParams(current)
        updated.set('date', next.date)
        updated.set('time', next.startTime)
        return updated
      },
      { replace: true },
    )
  }

  function confirm() {
    if (!slot || !details) return
    setError(null)
    attemptKey.current ??= newIdempotencyKey()
    book.mutate({
      doctorId: target.doctorId,
      startsAt: slot.startsAt,
      type: slot.type,
      familyMemberId: details.forWhom === MYSELF ? undefined : details.forWhom,
      reasonForVisit: details.reasonForVisit || undefined,
      symptoms: details.symptoms,
      hospitalServiceIds: serviceIds,
      // a code the quote refused is not sent: the booking would be refused for it
      promotionCode: promotionCode && quote.data?.discount ? promotionCode : undefined,
      idempotencyKey: attemptKey.current,
    })
  }

  const pickAnotherPath = doctorSlotsPath(target)
  const loading = doctor.isPending || slots.isPending || family.isPending
  const failed = doctor.isError || slots.isError || family.isError
  const unavailable = nextSlots !== null || (slots.isSuccess && !slot && !book.isSuccess)
  const selfName = session.data ? fullName(session.data) : ''
  const stepNumber = step === 'details' ? 1 : 2

  /** what is billed changed: the next confirmation is a new attempt */
  function changeBill(change: () => void) {
    change()
    setBookingRefusal(null)
    setError(null)
    attemptKey.current = newIdempotencyKey()
  }

  return (
    <div className="mx-auto max-w-5xl px-4 py-5 sm:px-6 sm:py-8">
      <Link
        to={pickAnotherPath}
        className="inline-flex items-center gap-1.5 text-sm font-semibold text-primary-700 underline-offset-4 hover:underline"
      >
        <ArrowLeft className="size-4" aria-hidden="true" />
        {t('booking.page.changeSlot')}
      </Link>
      <h1 className="mt-3 text-2xl font-bold tracking-tight text-ink sm:text-3xl">{t('booking.page.title')}</h1>

      {failed ? (
        <ErrorState
          className="mt-6"
          onRetry={() => {
            void doctor.refetch()
            void slots.refetch()
            void family.refetch()
          }}
        />
      ) : loading ? (
        <div className="mt-6 grid gap-5 lg:grid-cols-[minmax(0,1fr)_22rem]" aria-busy="true">
          <Skeleton className="h-80 rounded-2xl" />
          <Skeleton className="h-56 rounded-2xl" />
        </div>
      ) : (
        <div className="mt-5 flex flex-col gap-5 lg:grid lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start lg:gap-8">
          <aside className="lg:sticky lg:top-20 lg:col-start-2 lg:row-start-1">
            <SlotSummary
              doctor={doctor.data}
              date={target.date}
              startTime={target.time}
              endTime={slot?.endTime ?? null}
              type={target.type}
            />
          </aside>
          <section aria-labelledby="booking-step" className="min-w-0 lg:col-start-1 lg:row-start-1">
            {unavailable ? (
              <div className="mb-5">
                <SlotUnavailable nextSlots={nextSlots} onPick={pickNext} pickAnotherPath={pickAnotherPath} />
              </div>
            ) : null}
            <p className="text-sm font-medium text-ink-muted">
              {t('booking.page.step', { current: stepNumber, total: 2 })}
            </p>
            <h2
              id="booking-step"
              ref={stepHeading}
              tabIndex={-1}
              className="mb-4 text-lg font-semibold text-ink focus:outline-none"
            >
              {step === 'details' ? t('booking.page.stepDetails') : t('booking.page.stepReview')}
            </h2>
            {step === 'details' || !details ? (
              <BookingDetailsForm
                selfName={selfName}
                members={family.data}
                defaultValues={details}
                onNext={(values) => {
                  setDetails(values)
                  attemptKey.current = newIdempotencyKey()
                  setStep('review')
                }}
              />
            ) : (
              <BookingReview
                details={details}
                selfName={selfName}
                members={family.data}
                pending={book.isPending}
                price={
                  <BookingPrice
                    hospitalId={doctor.data.hospital.id}
                    serviceIds={serviceIds}
                    onServiceIdsChange={(ids) => changeBill(() => setServiceIds(ids))}
                    promotionCode={promotionCode}
                    onPromotionCodeChange={(code) => changeBill(() => setPromotionCode(code))}
                    quote={quote.data}
                    quoteFailed={quote.isError && !quote.data}
                    onRetryQuote={() => void quote.refetch()}
                    refusal={bookingRefusal ?? quoteRefusal}
                    disabled={book.isPending}
                  />
                }
                error={error}
                onEdit={() => {
                  setError(null)
                  setStep('details')
                }}
                canConfirm={!unavailable && !quote.isFetching}
                onConfirm={confirm}
              />
            )}
          </section>
        </div>
      )}
    </div>
  )
}
