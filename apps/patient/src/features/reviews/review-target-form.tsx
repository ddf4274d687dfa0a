import { zodResolver } from '@hookform/resolvers/zod'
import { MAX_REVIEW_TEXT, type TReviewEligibility, ZCreateReviewInput } from '@medbook/contracts'
import {
  applyServerFieldErrors,
  Button,
  Field,
  Notice,
  serverErrorReason,
  Textarea,
  toast,
  useFieldErrorText,
  useServerErrorText,
} from '@medbook/ui'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Send } from 'lucide-react'
import { useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { useTRPC } from '../../lib/trpc'
import { StarRatingInput } from './star-rating-input'

type Target = TReviewEligibility['targets'][number]
const REFUSALS = ['already_reviewed', 'not_completed', 'window_closed'] as const

/** The shared schema's stars (required, 1–5) and comment (optional, trimmed, at most 2000 characters). */
const ZReviewForm = ZCreateReviewInput.pick({ rating: true, comment: true })
type TReviewFormInput = z.input<typeof ZReviewForm>
type TReviewForm = z.output<typeof ZReviewForm>

/** Stars (required) and a comment (optional) for the doctor or the hospital of a visit. */
export function ReviewTargetForm({ appointmentId, target }: { appointmentId: string; target: Target }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const fieldError = useFieldErrorText()
  const serverErrorText = useServerErrorText()
  const [error, setError] = useState<string | null>(null)
  const form = useForm<TReviewFormInput, unknown, TReviewForm>({
    resolver: zodResolver(ZReviewForm),
    defaultValues: { comment: '' },
  })
  const { errors } = form.formState
  const eligibilityKey = trpc.reviews.eligibility.queryKey({ appointmentId })

  const create = useMutation(
    trpc.reviews.create.mutationOptions({
      onSuccess: async () => {
        toast(t('reviews.visit.sent'))
        await queryClient.invalidateQueries({ queryKey: eligibilityKey })
      },
      onError: async (failure) => {
        if (applyServerFieldErrors(failure, form.setError, ['rating', 'comment'] as const) > 0) return
        const reason = serverErrorReason(failure)
        const refusal = REFUSALS.find((known) => known === reason)
        setError(refusal ? t(`reviews.visit.errors.${refusal}`) : serverErrorText(failure))
        // already reviewed or too late: show what stands now
        if (refusal) await queryClient.invalidateQueries({ queryKey: eligibilityKey })
      },
    }),
  )

  const submit = form.handleSubmit((values) => {
    setError(null)
    create.mutate({ appointmentId, targetType: target.targetType, ...values })
  })

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-4">
      <Controller
        control={form.control}
        name="rating"
        render={({ field }) => (
          <StarRatingInput
            legend={t('reviews.visit.rating', { name: target.targetName })}
            value={typeof field.value === 'number' ? field.value : null}
            onChange={field.onChange}
            error={errors.rating ? t('reviews.visit.ratingRequired') : undefined}
          />
        )}
      />
      <Field
        label={t('reviews.visit.comment')}
        hint={t('reviews.visit.commentHint', { count: MAX_REVIEW_TEXT })}
        error={
          errors.comment?.message === 'too_long'
            ? t('reviews.visit.commentTooLong', { count: MAX_REVIEW_TEXT })
            : fieldError(errors.comment)
        }
      >
        <Textarea rows={3} {...form.register('comment')} />
      </Field>
      {error ? (
        <Notice tone="danger" role="alert">
          {error}
        </Notice>
      ) : null}
      <Button type="submit" className="self-start" loading={create.isPending}>
        <Send aria-hidden="true" />
        {t('reviews.visit.submit')}
      </Button>
    </form>
  )
}
