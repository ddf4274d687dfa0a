import type { TMyReview } from '@medbook/contracts'
import { Badge, type BadgeTone, useEnumLabel } from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import { Stars } from './stars'

const TONES = {
  pending: 'warning',
  approved: 'success',
  rejected: 'danger',
  removed: 'danger',
} as const satisfies Record<TMyReview['status'], BadgeTone>

/** The review the patient wrote, and where moderation stands: waiting, published, or refused and why. */
export function MyReviewStatus({ review }: { review: TMyReview }) {
  const { t } = useTranslation()
  const enumLabel = useEnumLabel()
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm font-semibold text-ink">{t('reviews.visit.yours')}</span>
        <Badge tone={TONES[review.status]}>{enumLabel('ReviewStatus', review.status)}</Badge>
      </div>
      <p className="flex items-center gap-2">
        <Stars rating={review.rating} />
        <span className="sr-only">{t('reviews.published.ratingLabel', { rating: review.rating })}</span>
      </p>
      {review.comment ? <p className="text-base break-words whitespace-pre-line text-ink">{review.comment}</p> : null}
      {review.status === 'pending' ? <p className="text-sm text-ink-muted">{t('reviews.visit.pendingHint')}</p> : null}
      {review.status === 'approved' ? (
        <p className="text-sm text-ink-muted">{t('reviews.visit.approvedHint')}</p>
      ) : null}
      {(review.status === 'rejected' || review.status === 'removed') && review.moderationReason ? (
        <p className="text-sm font-medium break-words text-danger-700">
          {t('reviews.visit.reason', { reason: review.moderationReason })}
        </p>
      ) : null}
    </div>
  )
}
