import {
  EmptyState,
  ErrorState,
  LoadMore,
  PageHeader,
  Spinner,
  Tabs,
  TabsContent,
  TabsList,
  TabsTrigger,
} from '@medbook/ui'
import { useInfiniteQuery } from '@tanstack/react-query'
import { MessageSquareText } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { useTRPC } from '../../lib/trpc'
import { ModerationCard } from './moderation-card'

type Queue = 'pending' | 'reported'

/** Reviews waiting for an administrator: new ones to approve or reject, reported ones to keep or remove. */
export function ModerationPage() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const queue: Queue = params.get('queue') === 'reported' ? 'reported' : 'pending'
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('moderation.title')} description={t('moderation.description')} />
      <Tabs
        value={queue}
        onValueChange={(value) => setParams(value === 'reported' ? { queue: 'reported' } : {}, { replace: true })}
      >
        <TabsList aria-label={t('moderation.queues')}>
          <TabsTrigger value="pending">{t('moderation.pending')}</TabsTrigger>
          <TabsTrigger value="reported">{t('moderation.reported')}</TabsTrigger>
        </TabsList>
        <TabsContent value="pending" className="mt-4">
          <ModerationQueue queue="pending" />
        </TabsContent>
        <TabsContent value="reported" className="mt-4">
          <ModerationQueue queue="reported" />
        </TabsContent>
      </Tabs>
    </div>
  )
}

function ModerationQueue({ queue }: { queue: Queue }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const items = useInfiniteQuery(
    trpc.reviews.queue.infiniteQueryOptions(
      { queue, limit: 20 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  )
  const rows = items.data?.pages.flatMap((page) => page.items) ?? []
  if (items.isError && !items.data) {
    return (
      <ErrorState
        title={t('moderation.loadError')}
        onRetry={() => void items.refetch()}
        retrying={items.isRefetching}
      />
    )
  }
  if (items.isPending) {
    return (
      <div className="flex justify-center py-12 text-primary-700">
        <Spinner className="size-8" label={t('moderation.loading')} />
      </div>
    )
  }
  if (rows.length === 0) {
    return (
      <EmptyState
        icon={MessageSquareText}
        title={t(`moderation.empty.${queue}`)}
        description={t(`moderation.emptyDescription.${queue}`)}
      />
    )
  }
  return (
    <div className="flex flex-col gap-4">
      <ul className="flex flex-col gap-4" aria-label={t(`moderation.${queue}`)}>
        {rows.map((item) => (
          <li key={item.id}>
            <ModerationCard item={item} queue={queue} />
          </li>
        ))}
      </ul>
      <LoadMore
        hasMore={Boolean(items.hasNextPage)}
        loading={items.isFetchingNextPage}
        onLoadMore={() => void items.fetchNextPage()}
      />
    </div>
  )
}
