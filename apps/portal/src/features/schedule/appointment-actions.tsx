import { visitCanBeClosed } from '@medbook/contracts'
import { Button, serverErrorReason, toast, useServerErrorText } from '@medbook/ui'
import { useMutation } from '@tanstack/react-query'
import { Check, UserX, X } from 'lucide-react'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import type { TScheduleEntry } from './schedule-types'
import { useInvalidateSchedule } from './use-invalidate-schedule'
import { useNow } from './use-now'

interface AppointmentActionsProps {
  entry: TScheduleEntry
  onCancel: (entry: TScheduleEntry) => void
}

export function AppointmentActions({ entry, onCancel }: AppointmentActionsProps) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const now = useNow()
  const serverErrorText = useServerErrorText()
  const invalidate = useInvalidateSchedule()
  const name = entry.visitor.name
  const hintId = useId()
  const onError = (error: unknown) =>
    toast(
      serverErrorReason(error) === 'not_started'
        ? t('schedule.notYet', { time: entry.startTime })
        : serverErrorText(error),
      {
        tone: 'danger',
      },
    )
  const completed = useMutation(
    trpc.appointments.markCompleted.mutationOptions({
      onSuccess: async () => {
        toast(t('schedule.markedCompleted', { name }))
        await invalidate()
      },
      onError,
    }),
  )
  const noShow = useMutation(
    trpc.appointments.markNoShow.mutationOptions({
      onSuccess: async () => {
        toast(t('schedule.markedNoShow', { name }))
        await invalidate()
      },
      onError,
    }),
  )
  if (entry.status !== 'scheduled') return null
  // the server's rule: a visit is closed (completed or missed) only once its time has come
  const closable = visitCanBeClosed(entry, now)
  const busy = completed.isPending || noShow.isPending
  const waiting = closable ? undefined : hintId
  return (
    // biome-ignore lint/a11y/useSemanticElements: a toolbar of buttons, not a form fieldset
    <div role="group" aria-label={t('schedule.actionsFor', { name })} className="flex flex-wrap gap-1.5">
      <Button
        size="sm"
        variant="subtle"
        loading={completed.isPending}
        disabled={busy || !closable}
        aria-describedby={waiting}
        onClick={() => completed.mutate({ id: entry.id })}
      >
        <Check aria-hidden="true" />
        {t('schedule.markCompleted')}
      </Button>
      <Button
        size="sm"
        variant="secondary"
        loading={noShow.isPending}
        disabled={busy || !closable}
        aria-describedby={waiting}
        onClick={() => noShow.mutate({ id: entry.id })}
      >
        <UserX aria-hidden="true" />
        {t('schedule.markNoShow')}
      </Button>
      <Button size="sm" variant="ghost" className="text-danger-700" disabled={busy} onClick={() => onCancel(entry)}>
        <X aria-hidden="true" />
        {t('schedule.cancel')}
      </Button>
      {closable ? null : (
        <p id={hintId} className="basis-full text-xs text-ink-muted">
          {t('schedule.notYet', { time: entry.startTime })}
        </p>
      )}
    </div>
  )
}
