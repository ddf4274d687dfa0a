import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorState } from '../components/error-state'
import { LoadMore } from '../components/load-more'
import { Skeleton } from '../components/skeleton'
import type { ChatConversation } from './chat-types'
import { ConversationRow } from './conversation-row'

/** What the inbox reads of a tRPC infinite query over `{ items, nextCursor }` pages of conversations. */
interface ConversationPages<T extends ChatConversation> {
  data?: { pages: { items: T[] }[] }
  isPending: boolean
  isError: boolean
  isRefetching: boolean
  hasNextPage: boolean
  isFetchingNextPage: boolean
  refetch: () => unknown
  fetchNextPage: () => unknown
}

export interface ConversationInboxProps<T extends ChatConversation> {
  results: ConversationPages<T>
  viewerId: string | undefined
  renderLink: (conversation: T, content: ReactNode, className: string) => ReactNode
  empty: ReactNode
  errorTitle: string
  extra?: (conversation: T) => ReactNode
}

/** An inbox, newest activity first: placeholders, the error with a retry, the empty state, "load more". */
export function ConversationInbox<T extends ChatConversation>({
  results,
  viewerId,
  renderLink,
  empty,
  errorTitle,
  extra,
}: ConversationInboxProps<T>) {
  const { t } = useTranslation('ui')
  if (results.isPending) {
    return (
      <div className="flex flex-col gap-2" aria-busy="true">
        {[0, 1, 2].map((key) => (
          <Skeleton key={key} className="h-20 rounded-xl" />
        ))}
      </div>
    )
  }
  if (results.isError || !results.data) {
    return <ErrorState title={errorTitle} onRetry={() => void results.refetch()} retrying={results.isRefetching} />
  }
  const conversations = results.data.pages.flatMap((page) => page.items)
  if (conversations.length === 0) return <>{empty}</>
  return (
    <div className="flex flex-col gap-2">
      <ul
        aria-label={t('conversations.listLabel')}
        className="flex flex-col divide-y divide-border rounded-2xl border border-border bg-surface p-1 shadow-card"
      >
        {conversations.map((conversation) => (
          <li key={conversation.id}>
            <ConversationRow
              conversation={conversation}
              viewerId={viewerId}
              renderLink={(content, className) => renderLink(conversation, content, className)}
              extra={extra?.(conversation)}
            />
          </li>
        ))}
      </ul>
      {results.hasNextPage ? (
        <LoadMore hasMore loading={results.isFetchingNextPage} onLoadMore={() => void results.fetchNextPage()} />
      ) : null}
    </div>
  )
}
