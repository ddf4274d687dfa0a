import type { TMessage, TMessagePage } from '@medbook/contracts'
import { type InfiniteData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback, useMemo, useRef } from 'react'
import { useTRPC } from '../api/trpc'
import { uploadMessageFile } from './upload-message-file'

const PAGE_SIZE = 30

/** One thread's data for ConversationThread: the conversation, its messages oldest first, sending, reading. */
export function useConversationThread(conversationId: string, enabled: boolean) {
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const conversation = useQuery({ ...trpc.conversations.get.queryOptions({ conversationId }), enabled })
  const messagesInput = useMemo(() => ({ conversationId, limit: PAGE_SIZE }), [conversationId])
  const pages = useInfiniteQuery({
    ...trpc.conversations.messages.infiniteQueryOptions(messagesInput, {
      getNextPageParam: (page) => page.nextCursor ?? undefined,
    }),
    enabled,
  })
  // pages come newest first, each newest first; the thread reads oldest first
  const messages = useMemo(() => (pages.data?.pages.flatMap((page) => page.items) ?? []).reverse(), [pages.data])

  const refreshLists = useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries(trpc.conversations.list.pathFilter()),
      queryClient.invalidateQueries(trpc.conversations.unreadCount.pathFilter()),
      queryClient.invalidateQueries(trpc.conversations.get.queryFilter({ conversationId })),
    ])
  }, [queryClient, trpc, conversationId])

  const sendMutation = useMutation(trpc.conversations.send.mutationOptions())
  const send = sendMutation.mutateAsync
  const onSent = useCallback(
    (message: TMessage) => {
      queryClient.setQueryData<InfiniteData<TMessagePage>>(
        trpc.conversations.messages.infiniteQueryKey(messagesInput),
        (data) => {
          if (!data || data.pages.some((page) => page.items.some((item) => item.id === message.id))) return data
          const [newest, ...older] = data.pages
          return {
            ...data,
            pages: [{ items: [message, ...(newest?.items ?? [])], nextCursor: newest?.nextCursor ?? null }, ...older],
          }
        },
      )
      void refreshLists()
    },
    [queryClient, trpc, messagesInput, refreshLists],
  )

  const markRead = useMutation(trpc.conversations.markRead.mutationOptions({ onSuccess: () => void refreshLists() }))
  const lastMarked = useRef<string | null>(null)
  const onRead = useCallback(
    (messageId: string) => {
      if (lastMarked.current === messageId) return
      lastMarked.current = messageId
      markRead.mutate({ conversationId, upToMessageId: messageId })
    },
    [markRead.mutate, conversationId],
  )

  return {
    conversation,
    pages,
    messages,
    threadProps: {
      conversationId,
      messages,
      hasOlder: pages.hasNextPage,
      loadingOlder: pages.isFetchingNextPage,
      onLoadOlder: () => void pages.fetchNextPage(),
      send,
      upload: uploadMessageFile,
      onSent,
      onRead,
    },
  }
}
