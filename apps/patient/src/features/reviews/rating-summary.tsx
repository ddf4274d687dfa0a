import type { TRatingSummary } from '@medbook/contracts'
import { formatRating } from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import { Stars } from './stars'

/** The average, the count, and how many reviews gave each number of stars, 5★ first, as bars. */
export function RatingSummary({ summary }: { summary: TRatingSummary }) {
  const { t, i18n } = useTranslation()
  const rating = formatRating(summary.average, i18n.resolvedLanguage ?? 'vi')
  const most = Math.max(1, ...summary.distribution)
  const rows = [5, 4, 3, 2, 1].map((stars) => ({ stars, count: summary.distribution[stars - 1] ?? 0 }))
  return (
    <div className="flex flex-col gap-4 sm:flex-row sm:items-center sm:gap-8">
      <div className="flex flex-col items-start gap-1">
        <p className="text-4xl font-bold text-ink">
          <span aria-hidden="true">{rating}</span>
          <span className="sr-only">{t('reviews.published.average', { rating })}</span>
        </p>
        <Stars rating={summary.average} />
        <p className="text-sm text-ink-muted">{t('reviews.published.count', { count: summary.count })}</p>
      </div>
      <ul className="flex min-w-0 flex-1 flex-col gap-1.5" aria-label={t('reviews.published.distribution')}>
        {rows.map(({ stars, count }) => (
          <li key={stars} className="flex items-center gap-2 text-sm">
            <span className="sr-only">
              {t('reviews.published.bar', { stars })}: {t('reviews.published.barValue', { count })}
            </span>
            <span className="w-8 shrink-0 text-ink" aria-hidden="true">
              {stars}★
            </span>
            <span className="h-2.5 min-w-0 flex-1 overflow-hidden rounded-full bg-surface-muted" aria-hidden="true">
              <span className="block h-full rounded-full bg-star" style={{ width: `${(count / most) * 100}%` }} />
            </span>
            <span className="w-8 shrink-0 text-right text-ink-muted tabular-nums" aria-hidden="true">
              {count}
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
}
