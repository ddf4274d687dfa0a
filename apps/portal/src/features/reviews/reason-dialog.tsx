import { ConfirmDialog, Field, Textarea } from '@medbook/ui'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'

interface ReasonDialogProps {
  title: string
  description: string
  confirmLabel: string
  pending: boolean
  error: string | null
  onConfirm: (reason: string) => void
  onClose: () => void
}

/** Rejecting or removing a review says why: the author is told. */
export function ReasonDialog({
  title,
  description,
  confirmLabel,
  pending,
  error,
  onConfirm,
  onClose,
}: ReasonDialogProps) {
  const { t } = useTranslation()
  const [reason, setReason] = useState('')
  const [tooShort, setTooShort] = useState(false)
  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={title}
      description={description}
      confirmLabel={confirmLabel}
      dismissLabel={t('moderation.keepInQueue')}
      pending={pending}
      onConfirm={() => {
        if (reason.trim().length < 3) {
          setTooShort(true)
          return
        }
        onConfirm(reason.trim())
      }}
    >
      <Field label={t('moderation.reason')} error={tooShort ? t('moderation.reasonRequired') : (error ?? undefined)}>
        <Textarea value={reason} maxLength={500} onChange={(event) => setReason(event.target.value)} />
      </Field>
    </ConfirmDialog>
  )
}
