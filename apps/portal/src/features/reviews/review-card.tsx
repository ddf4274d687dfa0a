import type { TReview } from '@medbook/contracts'
import { Badge, Card, formatDate, PLATFORM_TIME_ZONE } from '@medbook/ui'
import { ThumbsUp } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { formatVisitMonth } from './review-format'
import { ReviewReply } from './review-reply'
import { StarRating } from './star-rating'

export function ReviewCard({ review }: { review: TReview }) {
  const { t, i18n } = useTranslation()
  return (
    <Card className="p-4 sm:p-5" data-testid="published-review">
      <article aria-label={t('reviews.reviewBy', { name: review.authorName })}>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <div className="flex flex-wrap items-center gap-2">
            <StarRating rating={review.rating} />
            <span className="font-semibold text-ink">{review.authorName}</span>
            <span className="text-sm text-ink-muted">
              · {formatDate(review.createdAt, i18n.language, PLATFORM_TIME_ZONE)}
            </span>
          </div>
          <Badge>{t('moderation.visit', { month: formatVisitMonth(review.visitMonth, i18n.language) })}</Badge>
        </div>
        {review.comment ? (
          <p className="mt-2 whitespace-pre-line break-words text-ink">{review.comment}</p>
        ) : (
          <p className="mt-2 text-sm text-ink-muted italic">{t('moderation.noComment')}</p>
        )}
        {review.helpfulCount > 0 ? (
          <p className="mt-2 inline-flex items-center gap-1 text-sm text-ink-muted">
            <ThumbsUp aria-hidden="true" className="size-4" />
            {t('reviews.helpful', { count: review.helpfulCount })}
          </p>
        ) : null}
        <ReviewReply review={review} />
      </article>
    </Card>
  )
}
