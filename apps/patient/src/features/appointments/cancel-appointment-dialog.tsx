import { zodResolver } from '@hookform/resolvers/zod'
import { type TAppointment, ZCancelInput } from '@medbook/contracts'
import { ConfirmDialog, Field, Notice, Textarea, useFieldErrorText } from '@medbook/ui'
import { useEffect } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { useDayLabel } from '../booking/use-day-label'
import { RefundPreviewNotice } from '../payments/refund-preview-notice'

const ZCancelForm = ZCancelInput.pick({ reason: true })
type TCancelForm = z.infer<typeof ZCancelForm>

interface CancelAppointmentDialogProps {
  appointment: TAppointment
  open: boolean
  onOpenChange: (open: boolean) => void
  pending: boolean
  /** an error from the last try that is not about the field */
  error: string | null
  onCancel: (reason: string) => void
}

/** Says what the policy gives back, then asks for a reason (the shared schema's at least 3 characters) before cancelling. */
export function CancelAppointmentDialog(props: CancelAppointmentDialogProps) {
  const { appointment, open, onOpenChange, pending, error, onCancel } = props
  const { t } = useTranslation()
  const fieldError = useFieldErrorText()
  const dayLabel = useDayLabel()
  const form = useForm<TCancelForm>({ resolver: zodResolver(ZCancelForm), defaultValues: { reason: '' } })
  const reasonError = form.formState.errors.reason

  useEffect(() => {
    if (!open) form.reset({ reason: '' })
  }, [open, form])

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('appointments.cancel.title')}
      description={t('appointments.cancel.description', {
        doctor: appointment.doctor.name,
        time: appointment.timeSlot.startTime,
        day: dayLabel(appointment.appointmentDate),
      })}
      confirmLabel={t('appointments.cancel.confirm')}
      dismissLabel={t('appointments.cancel.keep')}
      pending={pending}
      onConfirm={() => void form.handleSubmit(({ reason }) => onCancel(reason))()}
    >
      <form noValidate className="flex flex-col gap-3" onSubmit={form.handleSubmit(({ reason }) => onCancel(reason))}>
        {open ? <RefundPreviewNotice appointmentId={appointment.id} /> : null}
        <Field
          label={t('appointments.cancel.reason')}
          hint={t('appointments.cancel.reasonHint')}
          error={reasonError?.type === 'too_small' ? t('appointments.cancel.reasonTooShort') : fieldError(reasonError)}
        >
          <Textarea
            maxLength={500}
            placeholder={t('appointments.cancel.reasonPlaceholder')}
            {...form.register('reason')}
          />
        </Field>
        {error ? (
          <Notice tone="danger" role="alert">
            {error}
          </Notice>
        ) : null}
      </form>
    </ConfirmDialog>
  )
}
