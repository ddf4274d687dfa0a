import { Card, ErrorState, formatDateTime, PLATFORM_TIME_ZONE, Skeleton } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { Star } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { MyReviewStatus } from './my-review-status'
import { ReviewTargetForm } from './review-target-form'

/** On a completed visit: review the doctor and the hospital, or see what happened to the reviews written. */
export function VisitReviewSection({ appointmentId }: { appointmentId: string }) {
  const { t, i18n } = useTranslation()
  const trpc = useTRPC()
  const language = i18n.resolvedLanguage ?? 'vi'
  const eligibility = useQuery(trpc.reviews.eligibility.queryOptions({ appointmentId }))
  const data = eligibility.data
  const anyOpen = data?.targets.some((target) => target.state === 'open') ?? false

  return (
    <Card asChild className="p-4 sm:p-6">
      <section aria-labelledby="visit-review-title" className="flex flex-col gap-4">
        <div>
          <h2 id="visit-review-title" className="flex items-center gap-2 text-lg font-semibold text-ink">
            <Star className="size-5 fill-star text-star" aria-hidden="true" />
            {t('reviews.visit.title')}
          </h2>
          <p className="mt-1 text-sm text-ink-muted">{t('reviews.visit.description')}</p>
          {anyOpen && data?.closesAt ? (
            <p className="mt-1 text-sm font-medium text-ink">
              {t('reviews.visit.closesAt', { time: formatDateTime(data.closesAt, language, PLATFORM_TIME_ZONE) })}
            </p>
          ) : null}
        </div>
        {eligibility.isPending ? (
          <Skeleton className="h-40 rounded-xl" />
        ) : eligibility.isError ? (
          <ErrorState
            title={t('reviews.visit.errorTitle')}
            onRetry={() => void eligibility.refetch()}
            retrying={eligibility.isRefetching}
          />
        ) : (
          <ul className="flex flex-col gap-4">
            {eligibility.data.targets.map((target) => {
              const headingId = `review-target-${target.targetType}`
              return (
                <li key={target.targetType} className="rounded-xl border border-border p-4">
                  <section aria-labelledby={headingId} className="flex flex-col gap-3">
                    <h3 id={headingId} className="text-base font-semibold break-words text-ink">
                      {target.targetType === 'doctor'
                        ? t('reviews.visit.targetDoctor', { name: target.targetName })
                        : t('reviews.visit.targetHospital', { name: target.targetName })}
                    </h3>
                    {target.review ? (
                      <MyReviewStatus review={target.review} />
                    ) : target.state === 'open' ? (
                      <ReviewTargetForm appointmentId={appointmentId} target={target} />
                    ) : (
                      <p className="text-sm text-ink-muted">
                        {target.state === 'not_completed' ? t('reviews.visit.notCompleted') : t('reviews.visit.closed')}
                      </p>
                    )}
                  </section>
                </li>
              )
            })}
          </ul>
        )}
      </section>
    </Card>
  )
}
