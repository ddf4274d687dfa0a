import type { TPayment, TRefund } from '@medbook/contracts'
import { ConfirmDialog, formatVnd, Notice, toast, useEnumLabel } from '@medbook/ui'
import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { useInvalidatePayments } from './use-invalidate-payments'
import { usePaymentErrorText } from './use-payment-error-text'

interface CompleteRefundDialogProps {
  payment: TPayment
  refund: TRefund
  onClose: () => void
}

/** An automatic refund of desk or transfer money: staff say they handed it back. */
export function CompleteRefundDialog({ payment, refund, onClose }: CompleteRefundDialogProps) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const enumLabel = useEnumLabel()
  const errorText = usePaymentErrorText()
  const invalidate = useInvalidatePayments()
  const amount = formatVnd(refund.amount)
  const complete = useMutation(
    trpc.payments.completeManualRefund.mutationOptions({
      onSuccess: async () => {
        toast(t('payments.completeRefund.done', { amount }))
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
      title={t('payments.completeRefund.title', { reference: payment.reference })}
      description={t('payments.completeRefund.description', { amount, kind: enumLabel('RefundKind', refund.kind) })}
      confirmLabel={t('payments.completeRefund.confirm', { amount })}
      pending={complete.isPending}
      onConfirm={() => complete.mutate({ id: refund.id })}
    >
      {complete.isError ? (
        <Notice tone="danger" role="alert">
          {errorText(complete.error)}
        </Notice>
      ) : refund.reason ? (
        <p className="text-sm text-ink-muted">{refund.reason}</p>
      ) : null}
    </ConfirmDialog>
  )
}
