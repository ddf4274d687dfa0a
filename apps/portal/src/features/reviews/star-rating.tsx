import { Star } from 'lucide-react'
import { useTranslation } from 'react-i18next'

/** Five stars, the first `rating` filled; read out as "4 of 5 stars". */
export function StarRating({ rating }: { rating: number }) {
  const { t } = useTranslation()
  return (
    <span className="inline-flex items-center gap-0.5" role="img" aria-label={t('reviews.stars', { rating })}>
      {[1, 2, 3, 4, 5].map((star) => (
        <Star
          key={star}
          aria-hidden="true"
          className={star <= rating ? 'size-4 fill-star text-star' : 'size-4 text-border'}
        />
      ))}
    </span>
  )
}
