import type { TRatingSummary } from '@medbook/contracts'
import { Card, formatRating } from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import { StarRating } from './star-rating'

/** The average, the count, and how many reviews gave each number of stars. */
export function RatingSummary({ summary }: { summary: TRatingSummary }) {
  const { t, i18n } = useTranslation()
  const most = Math.max(1, ...summary.distribution)
  return (
    <Card className="flex flex-col gap-6 p-5 sm:flex-row sm:items-center" data-testid="rating-summary">
      <div className="flex flex-col items-start gap-1">
        <p className="text-4xl font-bold text-ink tabular-nums">{formatRating(summary.average, i18n.language)}</p>
        <StarRating rating={Math.round(summary.average)} />
        <p className="text-sm text-ink-muted">{t('reviews.count', { count: summary.count })}</p>
      </div>
      <dl className="flex flex-1 flex-col gap-1.5">
        {[5, 4, 3, 2, 1].map((stars) => {
          const count = summary.distribution[stars - 1] ?? 0
          return (
            <div key={stars} className="flex items-center gap-3 text-sm">
              <dt className="w-16 shrink-0 text-ink-muted">{t('reviews.starsShort', { count: stars })}</dt>
              <dd className="flex flex-1 items-center gap-2">
                <span className="h-2 flex-1 overflow-hidden rounded-full bg-surface-muted" aria-hidden="true">
                  <span className="block h-full bg-star" style={{ width: `${(count / most) * 100}%` }} />
                </span>
                <span className="w-8 text-right tabular-nums">{count}</span>
              </dd>
            </div>
          )
        })}
      </dl>
    </Card>
  )
}
