import { ConfirmDialog, Field, Textarea } from '@medbook/ui'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'

interface AmendDialogProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  pending: boolean
  onConfirm: (reason: string) => void
  /** the server's refusal, in words */
  error: string | null
}

/** An amendment of a shared record says why: the patient and later readers see it. */
export function AmendDialog({ open, onOpenChange, pending, onConfirm, error }: AmendDialogProps) {
  const { t } = useTranslation()
  const [reason, setReason] = useState('')
  const [tooShort, setTooShort] = useState(false)
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(next) => {
        if (!next) {
          setReason('')
          setTooShort(false)
        }
        onOpenChange(next)
      }}
      tone="primary"
      title={t('records.amendTitle')}
      description={t('records.amendDescription')}
      confirmLabel={t('records.amendConfirm')}
      dismissLabel={t('records.amendKeepEditing')}
      pending={pending}
      onConfirm={() => {
        if (reason.trim().length < 3) {
          setTooShort(true)
          return
        }
        onConfirm(reason.trim())
      }}
    >
      <Field
        label={t('records.amendReason')}
        error={tooShort ? t('records.amendReasonRequired') : (error ?? undefined)}
      >
        <Textarea value={reason} maxLength={500} onChange={(event) => setReason(event.target.value)} />
      </Field>
    </ConfirmDialog>
  )
}
