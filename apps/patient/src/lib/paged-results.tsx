import { ErrorState, LoadMore, Skeleton } from '@medbook/ui'
import type { ReactNode } from 'react'

/** What PagedResults reads of a tRPC infinite query over a `{ items, nextCursor }` page. */
interface PagedQuery<T> {
  data?: { pages: { items: T[] }[] }
  isPending: boolean
  isError: boolean
  isRefetching: boolean
  hasNextPage: boolean
  isFetchingNextPage: boolean
  refetch: () => unknown
  fetchNextPage: () => unknown
}

interface PagedResultsProps<T> {
  results: PagedQuery<T>
  /** the height and shape of a loading placeholder, like the items' */
  skeletonClassName: string
  errorTitle: string
  empty: ReactNode
  /** the items loaded so far, as a list */
  children: (items: T[]) => ReactNode
  gapClassName?: string
}

/** A newest-first list loaded page by page: placeholders, the error with a retry, the empty state, "load more". */
export function PagedResults<T>({
  results,
  skeletonClassName,
  errorTitle,
  empty,
  children,
  gapClassName = 'gap-4',
}: PagedResultsProps<T>) {
  if (results.isPending) {
    return (
      <div className={`flex flex-col ${gapClassName}`} aria-busy="true">
        <Skeleton className={skeletonClassName} />
        <Skeleton className={skeletonClassName} />
      </div>
    )
  }
  if (results.isError || !results.data) {
    return <ErrorState title={errorTitle} onRetry={() => void results.refetch()} retrying={results.isRefetching} />
  }
  const items = results.data.pages.flatMap((page) => page.items)
  if (items.length === 0) return <>{empty}</>
  return (
    <div className={`flex flex-col ${gapClassName}`}>
      {children(items)}
      {results.hasNextPage || results.data.pages.length > 1 ? (
        <LoadMore
          hasMore={results.hasNextPage}
          loading={results.isFetchingNextPage}
          onLoadMore={() => void results.fetchNextPage()}
        />
      ) : null}
    </div>
  )
}
