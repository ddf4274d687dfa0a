import { ZDeskPaymentMethod } from '@medbook/contracts'
import { ConfirmDialog, formatVnd, Notice, toast, useEnumLabel } from '@medbook/ui'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { useTRPC } from '../../lib/trpc'
import { useInvalidatePayments } from '../payments/use-invalidate-payments'
import { usePaymentErrorText } from '../payments/use-payment-error-text'
import type { TScheduleEntry } from './schedule-types'

type DeskMethod = z.infer<typeof ZDeskPaymentMethod>

interface DeskPaymentDialogProps {
  entry: TScheduleEntry
  onClose: () => void
}

/**
 * Money taken at check-in, in cash or by card on the clinic's terminal: the bill's total, as the
 * API requires. The server locks the visit, so a second click records nothing new.
 */
export function DeskPaymentDialog({ entry, onClose }: DeskPaymentDialogProps) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const enumLabel = useEnumLabel()
  const errorText = usePaymentErrorText()
  const invalidate = useInvalidatePayments()
  const [method, setMethod] = useState<DeskMethod>('cash')
  const amount = formatVnd(entry.totalAmount)
  const record = useMutation(
    trpc.payments.recordDesk.mutationOptions({
      onSuccess: async () => {
        toast(t('schedule.payment.done', { amount, name: entry.visitor.name }))
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
      title={t('schedule.payment.title')}
      description={t('schedule.payment.description', {
        name: entry.visitor.name,
        time: `${entry.startTime}–${entry.endTime}`,
        doctor: entry.doctor.name,
      })}
      confirmLabel={t('schedule.payment.submit', { amount })}
      dismissLabel={t('schedule.payment.keep')}
      pending={record.isPending}
      onConfirm={() => record.mutate({ appointmentId: entry.id, method, amount: entry.totalAmount })}
    >
      <div className="flex flex-col gap-4">
        <p className="flex items-baseline justify-between gap-3 rounded-lg bg-surface-muted px-4 py-3">
          <span className="text-sm text-ink-muted">{t('schedule.payment.total')}</span>
          <span className="text-xl font-bold text-ink tabular-nums" data-testid="desk-total">
            {amount}
          </span>
        </p>
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 text-sm font-semibold text-ink">{t('schedule.payment.method')}</legend>
          {ZDeskPaymentMethod.options.map((option) => (
            <label key={option} className="flex cursor-pointer items-center gap-3 text-sm text-ink">
              <input
                type="radio"
                name="desk-method"
                value={option}
                className="size-4 accent-primary-600"
                checked={method === option}
                onChange={() => setMethod(option)}
              />
              {enumLabel('PaymentMethod', option)}
            </label>
          ))}
        </fieldset>
        {record.isError ? (
          <Notice tone="danger" role="alert">
            {errorText(record.error)}
          </Notice>
        ) : null}
      </div>
    </ConfirmDialog>
  )
}
