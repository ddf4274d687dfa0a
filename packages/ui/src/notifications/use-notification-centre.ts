import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../api/trpc'
import { toast } from '../components/toaster'
import { useServerErrorText } from '../forms/use-error-text'
import type { NotificationItem } from './notification'
import type { NotificationListProps } from './notification-list'

const PAGE_SIZE = 20

/**
 * The notification centre's data and actions, as NotificationList takes them; `open` goes to
 * what an item is about (each app has its own routes).
 */
export function useNotificationCentre(open: (item: NotificationItem) => void): NotificationListProps {
  const { t } = useTranslation('ui')
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const serverErrorText = useServerErrorText()
  const [unreadOnly, setUnreadOnly] = useState(false)
  const list = useInfiniteQuery(
    trpc.notifications.list.infiniteQueryOptions(
      { limit: PAGE_SIZE, unreadOnly },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  )
  const unread = useQuery(trpc.notifications.unreadCount.queryOptions())
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.notifications.pathKey() })
  const markRead = useMutation(trpc.notifications.markRead.mutationOptions({ onSettled: refresh }))
  const markAllRead = useMutation(
    trpc.notifications.markAllRead.mutationOptions({
      onSuccess: () => toast(t('notificationCentre.allRead')),
      onError: (error) => toast(serverErrorText(error), { tone: 'danger' }),
      onSettled: refresh,
    }),
  )

  return {
    items: list.data?.pages.flatMap((page) => page.items),
    failed: list.isError,
    onRetry: () => void list.refetch(),
    retrying: list.isRefetching,
    hasMore: list.hasNextPage,
    loadingMore: list.isFetchingNextPage,
    onLoadMore: () => void list.fetchNextPage(),
    onOpen: (item: NotificationItem) => {
      if (!item.isRead) markRead.mutate({ ids: [item.id] })
      open(item)
    },
    unreadCount: unread.data?.count ?? 0,
    onMarkAllRead: () => markAllRead.mutate(),
    markingAllRead: markAllRead.isPending,
    unreadOnly,
    onUnreadOnlyChange: setUnreadOnly,
  }
}
