import { Badge, Button, Card, ConfirmDialog, readServerError, toast, useServerErrorText } from '@medbook/ui'
import { useMutation, useQuery } from '@tanstack/react-query'
import { BellRing, CalendarDays, Check, Hourglass, MapPin, UserRound } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { useTRPC } from '../../lib/trpc'
import { VIETNAM_TIME_ZONE } from '../booking/local-dates'
import { useDayLabel, useWallClockLabel } from '../booking/use-day-label'
import { useInvalidateBookings } from '../booking/use-invalidate-bookings'
import { ConsultationTypeBadge } from '../doctors/consultation-type-badges'
import type { TWaitlistEntry } from './waitlist-section'

interface WaitlistEntryCardProps {
  entry: TWaitlistEntry
  /** the family member waiting, when not the account holder */
  memberName: string | null
}

export function WaitlistEntryCard({ entry, memberName }: WaitlistEntryCardProps) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const navigate = useNavigate()
  const dayLabel = useDayLabel()
  const wallClockLabel = useWallClockLabel()
  const serverErrorText = useServerErrorText()
  const invalidate = useInvalidateBookings()
  const [leaving, setLeaving] = useState(false)
  const headingId = `waitlist-${entry.id}`
  const day = dayLabel(entry.date)
  const offered = entry.status === 'offered' && entry.offeredAppointmentId !== null && entry.offerExpiresAt !== null
  // the held appointment says which time was freed
  const held = useQuery({
    ...trpc.appointments.get.queryOptions({ id: entry.offeredAppointmentId ?? '' }),
    enabled: offered,
  })

  const claim = useMutation(
    trpc.waitlist.claim.mutationOptions({
      onSuccess: (appointment) => {
        toast(t('waitlist.claimed'))
        void navigate(`/book/done/${appointment.id}`)
        void invalidate()
      },
      onError: (error) => {
        const closed = readServerError(error).code === 'PRECONDITION_FAILED'
        toast(closed ? t('waitlist.offerClosed') : serverErrorText(error), { tone: 'danger' })
        void invalidate()
      },
    }),
  )
  const leave = useMutation(
    trpc.waitlist.leave.mutationOptions({
      onSuccess: async () => {
        await invalidate()
        setLeaving(false)
        toast(t('waitlist.left'))
      },
      onError: (error) => toast(serverErrorText(error), { tone: 'danger' }),
    }),
  )

  const expiry = entry.offerExpiresAt
    ? wallClockLabel(entry.offerExpiresAt, held.data?.timeZone ?? VIETNAM_TIME_ZONE)
    : null

  return (
    <Card
      asChild
      className={
        offered
          ? 'flex h-full flex-col gap-3 border-warning-800/30 p-4 ring-1 ring-warning-800/20 sm:p-5'
          : 'flex h-full flex-col gap-3 p-4 sm:p-5'
      }
    >
      <article aria-labelledby={headingId}>
        <div className="flex flex-wrap items-center gap-1.5">
          <Badge tone={offered ? 'warning' : 'neutral'}>
            {offered ? <BellRing aria-hidden="true" /> : <Hourglass aria-hidden="true" />}
            {t(`waitlist.status.${offered ? 'offered' : 'waiting'}`)}
          </Badge>
          <ConsultationTypeBadge type={entry.type} />
        </div>
        <div>
          <h3 id={headingId} className="text-base font-semibold text-ink">
            <Link
              to={`/doctors/${entry.doctor.id}?date=${entry.date}`}
              className="rounded hover:text-primary-800 hover:underline"
            >
              {entry.doctor.name}
            </Link>
          </h3>
          <ul className="mt-1 flex flex-col gap-1 text-sm text-ink-muted">
            <li className="flex items-start gap-1.5 font-semibold text-ink">
              <CalendarDays className="mt-0.5 size-4 shrink-0 text-primary-700" aria-hidden="true" />
              {held.data
                ? `${t('booking.timeRange', { start: held.data.timeSlot.startTime, end: held.data.timeSlot.endTime })}, ${day}`
                : day}
            </li>
            <li className="flex items-start gap-1.5">
              <MapPin className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
              {entry.hospitalName}
            </li>
            {memberName ? (
              <li className="flex items-start gap-1.5">
                <UserRound className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
                {t('waitlist.entryFor', { name: memberName })}
              </li>
            ) : null}
          </ul>
        </div>
        {offered && expiry ? (
          <div className="rounded-lg bg-warning-50 px-3 py-2 text-sm text-warning-800">
            <p className="font-semibold">{t('waitlist.offerTitle', expiry)}</p>
            <p className="mt-0.5 text-ink">{t('waitlist.offer')}</p>
          </div>
        ) : null}
        <div className="mt-auto flex flex-wrap gap-2 pt-1">
          {offered ? (
            <Button onClick={() => claim.mutate({ id: entry.id })} loading={claim.isPending}>
              {claim.isPending ? null : <Check aria-hidden="true" />}
              {t('waitlist.claim')}
            </Button>
          ) : null}
          <Button variant="secondary" onClick={() => setLeaving(true)} disabled={claim.isPending}>
            {t('waitlist.leave')}
          </Button>
        </div>
        <ConfirmDialog
          open={leaving}
          onOpenChange={setLeaving}
          title={t('waitlist.leaveTitle')}
          description={t(offered ? 'waitlist.leaveOfferDescription' : 'waitlist.leaveDescription', {
            day,
            doctor: entry.doctor.name,
          })}
          confirmLabel={t('waitlist.leave')}
          pending={leave.isPending}
          onConfirm={() => leave.mutate({ id: entry.id })}
        />
      </article>
    </Card>
  )
}
