import type { TReviewTargetType } from '@medbook/contracts'
import { Card, ErrorState, LoadMore, Skeleton, useSession } from '@medbook/ui'
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { ChoiceChips } from '../records/choice-chips'
import { RatingSummary } from './rating-summary'
import { ReviewItem } from './review-item'

const PAGE_SIZE = 5
type Sort = 'newest' | 'helpful'

/** A doctor's or a hospital's published reviews: the summary with its distribution, then the reviews. */
export function PublishedReviews({ targetType, targetId }: { targetType: TReviewTargetType; targetId: string }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const session = useSession()
  const [sort, setSort] = useState<Sort>('newest')
  const results = useInfiniteQuery(
    trpc.reviews.published.infiniteQueryOptions(
      { targetType, targetId, sort, limit: PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor ?? undefined, placeholderData: keepPreviousData },
    ),
  )
  const reviews = useMemo(() => results.data?.pages.flatMap((page) => page.items) ?? [], [results.data])
  const summary = results.data?.pages[0]?.summary
  const signedIn = Boolean(session.data)

  return (
    <Card asChild className="p-4 sm:p-6">
      <section aria-labelledby="reviews-title" className="flex flex-col gap-5">
        <h2 id="reviews-title" className="text-lg font-semibold text-ink">
          {t('reviews.published.title')}
        </h2>
        {results.isPending ? (
          <div className="flex flex-col gap-3" aria-busy="true">
            <Skeleton className="h-28 rounded-xl" />
            <Skeleton className="h-24 rounded-xl" />
          </div>
        ) : results.isError ? (
          <ErrorState
            title={t('reviews.published.errorTitle')}
            onRetry={() => void results.refetch()}
            retrying={results.isRefetching}
          />
        ) : !summary || summary.count === 0 ? (
          <p className="text-ink-muted">{t('reviews.published.empty')}</p>
        ) : (
          <>
            <RatingSummary summary={summary} />
            <ChoiceChips
              legend={t('reviews.published.sort')}
              options={[
                { value: 'newest', label: t('reviews.published.newest') },
                { value: 'helpful', label: t('reviews.published.helpful') },
              ]}
              value={sort}
              onChange={setSort}
            />
            <div>
              {reviews.map((review) => (
                <ReviewItem key={review.id} review={review} signedIn={signedIn} />
              ))}
            </div>
            {results.hasNextPage || results.data.pages.length > 1 ? (
              <LoadMore
                hasMore={results.hasNextPage}
                loading={results.isFetchingNextPage}
                onLoadMore={() => void results.fetchNextPage()}
              />
            ) : null}
          </>
        )}
      </section>
    </Card>
  )
}
