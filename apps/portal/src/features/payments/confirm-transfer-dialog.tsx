import type { TPayment } from '@medbook/contracts'
import { ConfirmDialog, Field, formatVnd, Input, Notice, toast } from '@medbook/ui'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { useInvalidatePayments } from './use-invalidate-payments'
import { usePaymentErrorText } from './use-payment-error-text'

interface ConfirmTransferDialogProps {
  payment: TPayment
  onClose: () => void
}

/** Staff saw the money arrive on the bank account: the transfer settles its visit like a gateway's notice. */
export function ConfirmTransferDialog({ payment, onClose }: ConfirmTransferDialogProps) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const errorText = usePaymentErrorText()
  const invalidate = useInvalidatePayments()
  const [bankReference, setBankReference] = useState('')
  const confirm = useMutation(
    trpc.payments.confirmTransfer.mutationOptions({
      onSuccess: async (saved) => {
        const text =
          saved.status === 'refunded' ? 'payments.confirmTransfer.doneRefunded' : 'payments.confirmTransfer.done'
        toast(t(text, { reference: saved.reference }))
        await invalidate()
        onClose()
      },
    }),
  )
  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      tone="primary"
      title={t('payments.confirmTransfer.title', { reference: payment.reference })}
      description={t('payments.confirmTransfer.description', {
        amount: formatVnd(payment.amount),
        reference: payment.reference,
      })}
      confirmLabel={t('payments.confirmTransfer.confirm')}
      pending={confirm.isPending}
      onConfirm={() =>
        confirm.mutate({ id: payment.id, ...(bankReference.trim() ? { bankReference: bankReference.trim() } : {}) })
      }
    >
      <div className="flex flex-col gap-3">
        <Field
          label={t('payments.confirmTransfer.bankReference')}
          hint={t('payments.confirmTransfer.bankReferenceHint')}
        >
          <Input
            value={bankReference}
            maxLength={64}
            autoComplete="off"
            onChange={(event) => setBankReference(event.target.value)}
          />
        </Field>
        {confirm.isError ? (
          <Notice tone="danger" role="alert">
            {errorText(confirm.error)}
          </Notice>
        ) : null}
      </div>
    </ConfirmDialog>
  )
}
