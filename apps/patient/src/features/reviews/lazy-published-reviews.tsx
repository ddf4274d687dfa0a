import type { TReviewTargetType } from '@medbook/contracts'
import { Skeleton } from '@medbook/ui'
import { lazy, Suspense } from 'react'

const PublishedReviews = lazy(async () => ({ default: (await import('./published-reviews')).PublishedReviews }))

/** The reviews of a profile page, in their own chunk: fetched and drawn after the page's main content. */
export function LazyPublishedReviews(props: { targetType: TReviewTargetType; targetId: string }) {
  return (
    <Suspense fallback={<Skeleton className="h-64 rounded-2xl" />}>
      <PublishedReviews {...props} />
    </Suspense>
  )
}
