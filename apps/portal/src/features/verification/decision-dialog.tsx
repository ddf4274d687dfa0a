import { zodResolver } from '@hookform/resolvers/zod'
import { ConfirmDialog, Field, Textarea, useFieldErrorText } from '@medbook/ui'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { type TDecisionForm, TOO_SHORT, ZApproveForm, ZRejectForm } from './decision-schema'
import type { Decision } from './use-decide'
import type { ApplicantKind } from './verification-types'

interface DecisionDialogProps {
  kind: ApplicantKind
  name: string
  approve: boolean
  pending: boolean
  onConfirm: (decision: Pick<Decision, 'approve' | 'reason'>) => void
  onClose: () => void
}

/** Asks before approving or rejecting; rejecting needs a reason, which is sent to the applicant. */
export function DecisionDialog({ kind, name, approve, pending, onConfirm, onClose }: DecisionDialogProps) {
  const { t } = useTranslation()
  const fieldError = useFieldErrorText()
  const form = useForm<TDecisionForm>({
    resolver: zodResolver(approve ? ZApproveForm : ZRejectForm),
    defaultValues: { reason: '' },
  })
  const submit = form.handleSubmit(({ reason }) => onConfirm({ approve, reason: reason || undefined }))
  const texts = `verification.${approve ? 'approve' : 'reject'}${kind === 'hospitals' ? 'Hospital' : 'Doctor'}` as const
  const error = form.formState.errors.reason

  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      tone={approve ? 'primary' : 'danger'}
      title={t(`${texts}.title`, { name })}
      description={t(`${texts}.description`)}
      confirmLabel={approve ? t('verification.approve') : t('verification.reject')}
      pending={pending}
      onConfirm={() => void submit()}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          void submit()
        }}
      >
        <Field
          label={approve ? t('verification.noteLabel') : t('verification.reasonLabel')}
          hint={approve ? t('verification.noteHint') : t('verification.reasonRequiredHint')}
          error={error?.message === TOO_SHORT ? t('verification.reasonTooShort') : fieldError(error)}
        >
          <Textarea maxLength={500} required={!approve} {...form.register('reason')} />
        </Field>
      </form>
    </ConfirmDialog>
  )
}
