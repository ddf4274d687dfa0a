import { zodResolver } from '@hookform/resolvers/zod'
import type { TConsultationType } from '@medbook/contracts'
import {
  Button,
  Dialog,
  DialogContent,
  DialogDescription,
  DialogTitle,
  FormError,
  fullName,
  Notice,
  readServerError,
  serverErrorReason,
  toast,
  useServerErrorText,
  useSession,
} from '@medbook/ui'
import { useMutation, useQuery } from '@tanstack/react-query'
import { BellPlus, Check } from 'lucide-react'
import { useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { z } from 'zod'
import { useTRPC } from '../../lib/trpc'
import { loginPath } from '../auth/auth-paths'
import { ForWhomField, MYSELF } from '../booking/for-whom-field'
import { useDayLabel } from '../booking/use-day-label'
import { useInvalidateBookings } from '../booking/use-invalidate-bookings'

const ZJoinForm = z.object({ forWhom: z.string().min(1) })
type TJoinForm = z.infer<typeof ZJoinForm>

interface JoinWaitlistProps {
  doctor: { id: string; name: string }
  date: string
  type: TConsultationType
}

/** On a full day: join the waitlist (signed in), or log in first and come back. */
export function JoinWaitlist({ doctor, date, type }: JoinWaitlistProps) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const location = useLocation()
  const session = useSession()
  const patient = session.data?.role === 'patient' ? session.data : null
  const waitlist = useQuery({ ...trpc.waitlist.mine.queryOptions(), enabled: Boolean(patient) })
  const [open, setOpen] = useState(false)

  if (session.isPending) return null
  if (!session.data) {
    return (
      <Button asChild variant="secondary">
        <Link to={loginPath({ next: `${location.pathname}${location.search}` })}>
          <BellPlus aria-hidden="true" />
          {t('waitlist.signInToJoin')}
        </Link>
      </Button>
    )
  }
  if (!patient) return null

  const waiting = waitlist.data?.some(
    (entry) => entry.doctor.id === doctor.id && entry.date === date && entry.type === type,
  )
  if (waiting) {
    return (
      <Notice tone="success" className="text-left" action={<WaitlistLink />}>
        {t('waitlist.alreadyWaiting')}
      </Notice>
    )
  }

  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)} disabled={waitlist.isPending}>
        <BellPlus aria-hidden="true" />
        {t('waitlist.join')}
      </Button>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogContent>
          {open ? (
            <JoinForm
              doctor={doctor}
              date={date}
              type={type}
              selfName={fullName(patient)}
              onDone={() => setOpen(false)}
            />
          ) : null}
        </DialogContent>
      </Dialog>
    </>
  )
}

function WaitlistLink() {
  const { t } = useTranslation()
  return (
    <Link to="/appointments#waitlist" className="font-semibold text-primary-800 underline underline-offset-4">
      {t('waitlist.viewMine')}
    </Link>
  )
}

function JoinForm({
  doctor,
  date,
  type,
  selfName,
  onDone,
}: JoinWaitlistProps & { selfName: string; onDone: () => void }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const dayLabel = useDayLabel()
  const serverErrorText = useServerErrorText()
  const invalidate = useInvalidateBookings()
  const family = useQuery(trpc.family.list.queryOptions())
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<TJoinForm>({ resolver: zodResolver(ZJoinForm), defaultValues: { forWhom: MYSELF } })
  const day = dayLabel(date)

  const join = useMutation(
    trpc.waitlist.join.mutationOptions({
      onSuccess: async () => {
        await invalidate()
        toast(t('waitlist.joined', { day }))
        onDone()
      },
      onError: async (error) => {
        if (readServerError(error).code === 'CONFLICT') {
          await invalidate()
          return setFormError(t('waitlist.alreadyWaitingConflict'))
        }
        // the server says why it refused: shown in words, not as a generic "invalid input"
        const reason = serverErrorReason(error)
        if (reason === 'not_working_day' || reason === 'day_passed')
          return setFormError(t(`waitlist.refused.${reason}`))
        setFormError(serverErrorText(error))
      },
    }),
  )

  return (
    <form
      noValidate
      onSubmit={form.handleSubmit(({ forWhom }) => {
        setFormError(null)
        join.mutate({ doctorId: doctor.id, date, type, familyMemberId: forWhom === MYSELF ? undefined : forWhom })
      })}
    >
      <DialogTitle>{t('waitlist.joinTitle', { day })}</DialogTitle>
      <DialogDescription>{t('waitlist.joinDescription', { doctor: doctor.name })}</DialogDescription>
      <div className="mt-5 flex flex-col gap-4">
        {family.data && family.data.length > 0 ? (
          <Controller
            control={form.control}
            name="forWhom"
            render={({ field }) => (
              <ForWhomField
                legend={t('waitlist.forWhom')}
                selfName={selfName}
                members={family.data}
                value={field.value}
                onChange={field.onChange}
              />
            )}
          />
        ) : null}
        <FormError message={formError} />
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={onDone} disabled={join.isPending}>
            {t('booking.form.back')}
          </Button>
          <Button type="submit" loading={join.isPending} disabled={family.isPending}>
            <Check aria-hidden="true" />
            {t('waitlist.confirmJoin')}
          </Button>
        </div>
      </div>
    </form>
  )
}
