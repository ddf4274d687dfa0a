import { EmptyState, ErrorState, Field, LoadMore, PageHeader, Select, Spinner, useSession } from '@medbook/ui'
import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { MessageSquareText } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { RatingSummary } from './rating-summary'
import { ReviewCard } from './review-card'

type Sort = 'newest' | 'helpful'

/** What patients published about the signed-in doctor, or about the staff member's hospital, with replies. */
export function ReviewsPage() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const session = useSession()
  const isDoctor = session.data?.role === 'doctor'
  const profile = useQuery({ ...trpc.doctorSelf.profile.queryOptions(), enabled: isDoctor })
  const target = isDoctor
    ? profile.data
      ? { targetType: 'doctor' as const, targetId: profile.data.id }
      : null
    : session.data?.hospitalId
      ? { targetType: 'hospital' as const, targetId: session.data.hospitalId }
      : null
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t('reviews.title')}
        description={isDoctor ? t('reviews.descriptionDoctor') : t('reviews.descriptionHospital')}
      />
      {profile.isError ? (
        <ErrorState title={t('reviews.loadError')} onRetry={() => void profile.refetch()} />
      ) : target ? (
        <PublishedReviews targetType={target.targetType} targetId={target.targetId} />
      ) : (
        <div className="flex justify-center py-12 text-primary-700">
          <Spinner className="size-8" label={t('reviews.loading')} />
        </div>
      )}
    </div>
  )
}

function PublishedReviews({ targetType, targetId }: { targetType: 'doctor' | 'hospital'; targetId: string }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const [sort, setSort] = useState<Sort>('newest')
  const reviews = useInfiniteQuery(
    trpc.reviews.published.infiniteQueryOptions(
      { targetType, targetId, sort, limit: 20 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  )
  const rows = reviews.data?.pages.flatMap((page) => page.items) ?? []
  const summary = reviews.data?.pages[0]?.summary
  if (reviews.isError && !reviews.data) {
    return (
      <ErrorState
        title={t('reviews.loadError')}
        onRetry={() => void reviews.refetch()}
        retrying={reviews.isRefetching}
      />
    )
  }
  if (!summary) {
    return (
      <div className="flex justify-center py-12 text-primary-700">
        <Spinner className="size-8" label={t('reviews.loading')} />
      </div>
    )
  }
  if (summary.count === 0) {
    return (
      <EmptyState
        icon={MessageSquareText}
        title={t('reviews.emptyTitle')}
        description={t('reviews.emptyDescription')}
      />
    )
  }
  return (
    <div className="flex flex-col gap-4">
      <RatingSummary summary={summary} />
      <div className="flex justify-end">
        <Field label={t('reviews.sort')} className="w-56">
          <Select
            value={sort}
            onValueChange={(value) => setSort(value === 'helpful' ? 'helpful' : 'newest')}
            options={[
              { value: 'newest', label: t('reviews.sortNewest') },
              { value: 'helpful', label: t('reviews.sortHelpful') },
            ]}
          />
        </Field>
      </div>
      <ul className="flex flex-col gap-4" aria-label={t('reviews.listLabel')}>
        {rows.map((review) => (
          <li key={review.id}>
            <ReviewCard review={review} />
          </li>
        ))}
      </ul>
      <LoadMore
        hasMore={Boolean(reviews.hasNextPage)}
        loading={reviews.isFetchingNextPage}
        onLoadMore={() => void reviews.fetchNextPage()}
      />
    </div>
  )
}
