import type { TDoctorSummary } from '@medbook/contracts'
import { formatRating } from '@medbook/ui'
import { Star } from 'lucide-react'
import { useTranslation } from 'react-i18next'

export function DoctorRating({ ratings }: { ratings: TDoctorSummary['ratings'] }) {
  const { t, i18n } = useTranslation()
  if (ratings.count === 0) return <span className="text-ink-muted">{t('doctors.card.noRating')}</span>
  const rating = formatRating(ratings.average, i18n.language)
  return (
    <span className="inline-flex items-center gap-1.5">
      <Star className="size-4 fill-star text-star" aria-hidden="true" />
      <span className="sr-only">{t('doctors.card.ratingLabel', { rating, count: ratings.count })}</span>
      <span aria-hidden="true">
        <span className="font-semibold text-ink">{rating}</span>
        <span className="text-ink-muted"> ({ratings.count})</span>
      </span>
    </span>
  )
}
