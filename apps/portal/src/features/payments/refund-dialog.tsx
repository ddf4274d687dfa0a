import { zodResolver } from '@hookform/resolvers/zod'
import type { TPayment } from '@medbook/contracts'
import {
  Button,
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogTitle,
  Field,
  formatVnd,
  Input,
  Notice,
  Textarea,
  toast,
  useEnumLabel,
} from '@medbook/ui'
import { useMutation } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { useTRPC } from '../../lib/trpc'
import { refundable } from './payment-rules'
import { useInvalidatePayments } from './use-invalidate-payments'
import { usePaymentErrorText } from './use-payment-error-text'

interface RefundDialogProps {
  payment: TPayment
  onClose: () => void
}

/**
 * Gives money back with a reason, within what was paid less earlier refunds. Mounted once per
 * opening: its idempotency key is made then, so a click retried after a lost answer refunds once.
 */
export function RefundDialog({ payment, onClose }: RefundDialogProps) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const enumLabel = useEnumLabel()
  const errorText = usePaymentErrorText()
  const invalidate = useInvalidatePayments()
  const [idempotencyKey] = useState(() => crypto.randomUUID())
  const max = refundable(payment)
  const schema = useMemo(
    () =>
      z.object({
        amount: z
          .number({ error: 'amountRequired' })
          .int('amountRequired')
          .min(1, 'amountRequired')
          .max(max, 'amountTooHigh'),
        reason: z.string().trim().min(3, 'reasonRequired').max(500, 'reasonRequired'),
      }),
    [max],
  )
  const form = useForm<z.input<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { amount: max, reason: '' },
  })
  const refund = useMutation(
    trpc.payments.refund.mutationOptions({
      onSuccess: async (saved, asked) => {
        const newest = saved.refunds.at(-1)
        const text = newest?.status === 'pending' ? 'payments.refund.donePending' : 'payments.refund.done'
        toast(t(text, { amount: formatVnd(asked.amount), reference: saved.reference }))
        await invalidate()
        onClose()
      },
    }),
  )
  const fieldText = (message: string | undefined) =>
    message === 'amountTooHigh'
      ? t('payments.errors.amountTooHigh', { max: formatVnd(max) })
      : message === 'amountRequired'
        ? t('payments.errors.amountRequired', { max: formatVnd(max) })
        : message === 'reasonRequired'
          ? t('payments.errors.reasonRequired')
          : undefined
  const { errors } = form.formState
  const refunded = payment.amount - max

  return (
    <Dialog open onOpenChange={(open) => (open || refund.isPending ? undefined : onClose())}>
      <DialogContent className="max-w-lg">
        <DialogTitle>{t('payments.refund.title', { reference: payment.reference })}</DialogTitle>
        <DialogDescription>
          {t('payments.refund.description', {
            paid: formatVnd(payment.amount),
            refunded: formatVnd(refunded),
            max: formatVnd(max),
          })}
        </DialogDescription>
        <form
          noValidate
          className="mt-5 flex flex-col gap-4"
          onSubmit={form.handleSubmit((values) =>
            refund.mutate({
              paymentId: payment.id,
              amount: values.amount,
              reason: values.reason.trim(),
              idempotencyKey,
            }),
          )}
        >
          <Field
            label={t('payments.refund.amount')}
            hint={t('payments.refund.amountHint', { max: formatVnd(max) })}
            error={fieldText(errors.amount?.message)}
          >
            <Input
              type="number"
              inputMode="numeric"
              min={1}
              max={max}
              step={1000}
              {...form.register('amount', { valueAsNumber: true })}
            />
          </Field>
          <Field
            label={t('payments.refund.reason')}
            hint={t('payments.refund.reasonHint')}
            error={fieldText(errors.reason?.message)}
          >
            <Textarea rows={3} maxLength={500} {...form.register('reason')} />
          </Field>
          {payment.refunds.length > 0 ? (
            <section aria-label={t('payments.refund.earlier')} className="text-sm">
              <h3 className="font-semibold text-ink">{t('payments.refund.earlier')}</h3>
              <ul className="mt-1 flex flex-col gap-1 text-ink-muted">
                {payment.refunds.map((earlier) => (
                  <li key={earlier.id}>
                    {formatVnd(earlier.amount)} · {enumLabel('RefundStatus', earlier.status)} · {earlier.reason}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {refund.isError ? (
            <Notice tone="danger" role="alert">
              {errorText(refund.error)}
            </Notice>
          ) : null}
          <div className="mt-2 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <DialogClose asChild>
              <Button variant="secondary" disabled={refund.isPending}>
                {t('payments.refund.keep')}
              </Button>
            </DialogClose>
            <Button type="submit" variant="danger" loading={refund.isPending}>
              {t('payments.refund.submit')}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  )
}
