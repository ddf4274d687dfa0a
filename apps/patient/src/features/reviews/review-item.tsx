import type { TReview } from '@medbook/contracts'
import { Button, formatDate, PLATFORM_TIME_ZONE, toast, useServerErrorText } from '@medbook/ui'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Flag, MessageSquareReply, ThumbsUp } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { ReportReviewDialog } from './report-review-dialog'
import { Stars } from './stars'

/** "11/2026" / "Nov 2026" for a visit month "2026-11". */
function monthLabel(month: string, language: string): string {
  const [year = '', number = ''] = month.split('-')
  if (language !== 'en') return `${number}/${year}`
  return new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-15T12:00:00Z`),
  )
}

/** One published review: stars, words, the visit's month, the reply, and for signed-in readers helpful and report. */
export function ReviewItem({ review, signedIn }: { review: TReview; signedIn: boolean }) {
  const { t, i18n } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const serverErrorText = useServerErrorText()
  const language = i18n.resolvedLanguage ?? 'vi'
  const [reporting, setReporting] = useState(false)
  const headingId = `review-${review.id}`
  const helpful = useMutation(
    trpc.reviews.markHelpful.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.reviews.published.pathKey() }),
      onError: (failure) => toast(serverErrorText(failure), { tone: 'danger' }),
    }),
  )

  return (
    <article aria-labelledby={headingId} className="flex flex-col gap-2 border-b border-border py-4 last:border-b-0">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <h3 id={headingId} className="text-base font-semibold break-words text-ink">
          {review.authorName}
        </h3>
        <Stars rating={review.rating} />
        <span className="sr-only">{t('reviews.published.ratingLabel', { rating: review.rating })}</span>
      </div>
      <p className="text-sm text-ink-muted">
        {t('reviews.published.visitMonth', { month: monthLabel(review.visitMonth, language) })} ·{' '}
        <time dateTime={review.createdAt.toISOString()}>
          {formatDate(review.createdAt, language, PLATFORM_TIME_ZONE)}
        </time>
      </p>
      {review.comment ? <p className="text-base break-words whitespace-pre-line text-ink">{review.comment}</p> : null}
      {review.response ? (
        <div className="ml-2 rounded-xl border-l-4 border-l-primary-700 bg-surface-muted p-3">
          <p className="flex items-center gap-1.5 text-sm font-semibold break-words text-ink">
            <MessageSquareReply className="size-4 shrink-0 text-primary-700" aria-hidden="true" />
            {t('reviews.published.reply', { name: review.response.responderName })}
          </p>
          <p className="mt-1 text-sm break-words whitespace-pre-line text-ink">{review.response.text}</p>
        </div>
      ) : null}
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        {review.helpfulCount > 0 ? (
          <span className="text-sm text-ink-muted">
            {t('reviews.published.helpfulCount', { count: review.helpfulCount })}
          </span>
        ) : null}
        {signedIn ? (
          <>
            <Button
              variant="ghost"
              size="sm"
              aria-pressed={review.markedHelpful}
              loading={helpful.isPending}
              onClick={() => helpful.mutate({ id: review.id, helpful: !review.markedHelpful })}
              className={review.markedHelpful ? 'text-primary-800' : undefined}
            >
              <ThumbsUp className={review.markedHelpful ? 'fill-current' : undefined} aria-hidden="true" />
              {t('reviews.published.helpfulButton')}
            </Button>
            <Button variant="ghost" size="sm" onClick={() => setReporting(true)}>
              <Flag aria-hidden="true" />
              {t('reviews.published.report')}
            </Button>
          </>
        ) : null}
      </div>
      {signedIn ? <ReportReviewDialog reviewId={review.id} open={reporting} onOpenChange={setReporting} /> : null}
    </article>
  )
}
