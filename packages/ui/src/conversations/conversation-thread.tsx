import { type ReactNode, useEffect, useMemo, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { Notice } from '../components/notice'
import { CHAT_LIMITS } from './chat-limits'
import type { ChatMessage } from './chat-types'
import { MessageComposer } from './message-composer'
import { MessageList } from './message-list'
import { type SendQueueOptions, useSendQueue } from './use-send-queue'

function subscribeToConnection(listener: () => void) {
  window.addEventListener('online', listener)
  window.addEventListener('offline', listener)
  return () => {
    window.removeEventListener('online', listener)
    window.removeEventListener('offline', listener)
  }
}

function useOnline() {
  return useSyncExternalStore(
    subscribeToConnection,
    () => navigator.onLine,
    () => true,
  )
}

export interface ConversationThreadProps<M extends ChatMessage> extends SendQueueOptions<M> {
  /** the other side, for the log's accessible name */
  title: string
  /** above the messages: the visit the thread is about, the staff's actions */
  header?: ReactNode
  /** oldest first */
  messages: M[]
  hasOlder: boolean
  loadingOlder: boolean
  onLoadOlder: () => void
  /** the newest message from the other side is on screen: mark the thread read up to it */
  onRead: (messageId: string) => void
}

/** One conversation: its header, the messages bottom-up, unsent messages, and the composer. */
export function ConversationThread<M extends ChatMessage>({
  title,
  header,
  messages,
  hasOlder,
  loadingOlder,
  onLoadOlder,
  onRead,
  ...sending
}: ConversationThreadProps<M>) {
  const { t } = useTranslation('ui')
  const online = useOnline()
  const queue = useSendQueue(sending)
  // a sent message that already came back from the server is not shown twice
  const sentIds = useMemo(() => new Set(messages.map((message) => message.clientMessageId)), [messages])
  const pending = queue.pending.filter((message) => !sentIds.has(message.clientMessageId))
  const confirmed = queue.pending.filter((message) => sentIds.has(message.clientMessageId))

  // the server has it (its answer was lost, but the thread refetched): nothing left to send or retry
  useEffect(() => {
    for (const message of confirmed) queue.discard(message.clientMessageId)
  }, [confirmed, queue.discard])
  const newestFromOthers = messages.findLast((message) => !message.mine)?.id

  // read once it is on a screen someone looks at: now, or when the reader comes back to the tab
  useEffect(() => {
    if (!newestFromOthers) return
    const readIfShown = () => {
      if (document.visibilityState !== 'hidden') onRead(newestFromOthers)
    }
    readIfShown()
    document.addEventListener('visibilitychange', readIfShown)
    return () => document.removeEventListener('visibilitychange', readIfShown)
  }, [newestFromOthers, onRead])

  return (
    <section
      aria-label={title}
      className="flex h-[calc(100dvh-15rem)] min-h-[26rem] flex-col overflow-hidden rounded-2xl border border-border bg-surface shadow-card md:h-[calc(100dvh-10rem)]"
    >
      {header ? <div className="border-b border-border px-3 py-3 sm:px-5">{header}</div> : null}
      {online ? null : (
        <Notice tone="warning" role="status" className="m-3 mb-0">
          {t('conversations.offline')}
        </Notice>
      )}
      <MessageList
        messages={messages}
        pending={pending}
        label={t('conversations.messagesLabel', { name: title })}
        hasOlder={hasOlder}
        loadingOlder={loadingOlder}
        onLoadOlder={onLoadOlder}
        onRetry={queue.retry}
        onDiscard={queue.discard}
      />
      <MessageComposer limits={CHAT_LIMITS} onSubmit={queue.submit} />
    </section>
  )
}
