import { zodResolver } from '@hookform/resolvers/zod'
import { MAX_REVIEW_REASON, ZReportReviewInput } from '@medbook/contracts'
import {
  applyServerFieldErrors,
  ConfirmDialog,
  Field,
  Notice,
  Textarea,
  toast,
  useFieldErrorText,
  useServerErrorText,
} from '@medbook/ui'
import { useMutation } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { useTRPC } from '../../lib/trpc'

const ZReportForm = ZReportReviewInput.pick({ reason: true })
type TReportForm = z.infer<typeof ZReportForm>

interface ReportReviewDialogProps {
  reviewId: string
  open: boolean
  onOpenChange: (open: boolean) => void
}

/** Asks why a published review is wrong (the shared schema's 3 characters at least) and sends it back to moderation. */
export function ReportReviewDialog({ reviewId, open, onOpenChange }: ReportReviewDialogProps) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const fieldError = useFieldErrorText()
  const serverErrorText = useServerErrorText()
  const [error, setError] = useState<string | null>(null)
  const form = useForm<TReportForm>({ resolver: zodResolver(ZReportForm), defaultValues: { reason: '' } })
  const reasonError = form.formState.errors.reason
  const report = useMutation(
    trpc.reviews.report.mutationOptions({
      onSuccess: () => {
        onOpenChange(false)
        toast(t('reviews.published.reported'))
      },
      onError: (failure) => {
        if (applyServerFieldErrors(failure, form.setError, ['reason'] as const) > 0) return
        setError(serverErrorText(failure))
      },
    }),
  )

  useEffect(() => {
    if (!open) {
      form.reset({ reason: '' })
      setError(null)
    }
  }, [open, form])

  const send = form.handleSubmit(({ reason }) => {
    setError(null)
    report.mutate({ id: reviewId, reason })
  })

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('reviews.published.reportTitle')}
      description={t('reviews.published.reportDescription')}
      confirmLabel={t('reviews.published.reportSubmit')}
      dismissLabel={t('reviews.published.reportKeep')}
      pending={report.isPending}
      onConfirm={() => void send()}
    >
      <form noValidate className="flex flex-col gap-3" onSubmit={send}>
        <Field
          label={t('reviews.published.reportReason')}
          error={
            reasonError?.message === 'reason_required'
              ? t('reviews.published.reportReasonShort')
              : fieldError(reasonError)
          }
        >
          <Textarea maxLength={MAX_REVIEW_REASON} {...form.register('reason')} />
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
