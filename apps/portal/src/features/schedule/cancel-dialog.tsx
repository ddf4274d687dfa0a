import { ConfirmDialog, Field, Notice, Textarea, toast, useServerErrorText } from '@medbook/ui'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import type { TScheduleEntry } from './schedule-types'
import { useInvalidateSchedule } from './use-invalidate-schedule'

interface CancelDialogProps {
  entry: TScheduleEntry | null
  onClose: () => void
}

/** Cancels a visit; the reason is required and is sent to the patient. */
export function CancelDialog({ entry, onClose }: CancelDialogProps) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const serverErrorText = useServerErrorText()
  const invalidate = useInvalidateSchedule()
  const [reason, setReason] = useState('')
  const [showError, setShowError] = useState(false)
  const cancel = useMutation(
    trpc.appointments.cancel.mutationOptions({
      onSuccess: async () => {
        toast(t('schedule.cancelled'))
        await invalidate()
        close()
      },
    }),
  )
  function close() {
    setReason('')
    setShowError(false)
    cancel.reset()
    onClose()
  }
  const valid = reason.trim().length >= 3
  return (
    <ConfirmDialog
      open={entry !== null}
      onOpenChange={(open) => {
        if (!open) close()
      }}
      title={t('schedule.cancelTitle')}
      description={t('schedule.cancelDescription', { name: entry?.visitor.name, time: entry?.startTime })}
      confirmLabel={t('schedule.cancelConfirm')}
      dismissLabel={t('schedule.cancelKeep')}
      pending={cancel.isPending}
      onConfirm={() => {
        if (!entry) return
        if (!valid) {
          setShowError(true)
          return
        }
        cancel.mutate({ appointmentId: entry.id, reason: reason.trim() })
      }}
    >
      <div className="flex flex-col gap-3">
        <Field
          label={t('schedule.cancelReason')}
          hint={t('schedule.cancelReasonHint')}
          error={showError && !valid ? t('schedule.cancelReasonRequired') : undefined}
        >
          <Textarea value={reason} maxLength={500} required onChange={(event) => setReason(event.target.value)} />
        </Field>
        {cancel.isError ? (
          <Notice tone="danger" role="alert">
            {serverErrorText(cancel.error)}
          </Notice>
        ) : null}
      </div>
    </ConfirmDialog>
  )
}
