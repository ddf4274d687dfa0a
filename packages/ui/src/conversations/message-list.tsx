import { Fragment, useEffect, useLayoutEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../components/button'
import { platformDay } from './chat-format'
import type { ChatMessage } from './chat-types'
import { DaySeparator } from './day-separator'
import { MessageBubble, UnsentBubble } from './message-bubble'
import type { UnsentMessage } from './unsent-messages'

export interface MessageListProps {
  /** oldest first */
  messages: ChatMessage[]
  pending: readonly UnsentMessage[]
  /** the accessible name of the log, e.g. "Tin nhắn với BS Lý Minh Khoa" */
  label: string
  hasOlder: boolean
  loadingOlder: boolean
  onLoadOlder: () => void
  onRetry: (clientMessageId: string) => void
  onDiscard: (clientMessageId: string) => void
}

/** Near the bottom: a new message scrolls into view; further up, the reader keeps their place. */
const STICK_TO_BOTTOM_PX = 120

/**
 * The thread, bottom-up: older messages load at the top (scrolling up or the button), day
 * separators between days, "Đã xem" under my last message the other side read, unsent bubbles last.
 */
export function MessageList({
  messages,
  pending,
  label,
  hasOlder,
  loadingOlder,
  onLoadOlder,
  onRetry,
  onDiscard,
}: MessageListProps) {
  const { t } = useTranslation('ui')
  const scroller = useRef<HTMLDivElement>(null)
  const topSentinel = useRef<HTMLDivElement>(null)
  const anchor = useRef<{
    firstId: string | undefined
    lastKey: string | undefined
    height: number
    nearBottom: boolean
  }>({
    firstId: undefined,
    lastKey: undefined,
    height: 0,
    nearBottom: true,
  })
  const firstId = messages[0]?.id
  const lastKey = pending.at(-1)?.clientMessageId ?? messages.at(-1)?.id

  // Keep the view steady: older messages prepended keep the reader where they were; a new message
  // at the end scrolls down when the reader was at the bottom (or wrote it).
  useLayoutEffect(() => {
    const element = scroller.current
    if (!element) return
    const previous = anchor.current
    if (previous.firstId !== undefined && firstId !== previous.firstId && lastKey === previous.lastKey) {
      element.scrollTop += element.scrollHeight - previous.height
    } else if (
      lastKey !== previous.lastKey &&
      (previous.nearBottom || pending.length > 0 || previous.lastKey === undefined)
    ) {
      element.scrollTop = element.scrollHeight
    }
    anchor.current = { firstId, lastKey, height: element.scrollHeight, nearBottom: anchor.current.nearBottom }
  }, [firstId, lastKey, pending.length])

  // scrolling to the top loads the page before
  useEffect(() => {
    const sentinel = topSentinel.current
    if (!sentinel || !hasOlder || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting) && !loadingOlder) onLoadOlder()
      },
      { root: scroller.current },
    )
    observer.observe(sentinel)
    return () => observer.disconnect()
  }, [hasOlder, loadingOlder, onLoadOlder])

  const lastSeenId = messages.findLast((message) => message.mine && message.isRead)?.id

  return (
    <div
      ref={scroller}
      onScroll={(event) => {
        const element = event.currentTarget
        anchor.current.nearBottom = element.scrollHeight - element.scrollTop - element.clientHeight < STICK_TO_BOTTOM_PX
        anchor.current.height = element.scrollHeight
      }}
      className="flex min-h-0 flex-1 flex-col overflow-y-auto overscroll-contain px-3 py-4 sm:px-5"
    >
      <div ref={topSentinel} className="flex justify-center pb-2">
        {hasOlder ? (
          <Button variant="ghost" size="sm" onClick={onLoadOlder} loading={loadingOlder}>
            {loadingOlder ? t('conversations.loadingOlder') : t('conversations.loadOlder')}
          </Button>
        ) : messages.length > 0 ? (
          <p className="text-xs text-ink-muted">{t('conversations.startOfConversation')}</p>
        ) : null}
      </div>
      <div role="log" aria-live="polite" aria-relevant="additions" aria-label={label} className="mt-auto">
        <ol className="flex flex-col gap-2">
          {messages.map((message, index) => {
            const previous = messages[index - 1]
            const day = platformDay(message.createdAt)
            const newDay = !previous || platformDay(previous.createdAt) !== day
            return (
              <Fragment key={message.id}>
                {newDay ? <DaySeparator day={day} /> : null}
                <MessageBubble
                  message={message}
                  showSender={newDay || previous?.senderId !== message.senderId}
                  seen={message.id === lastSeenId}
                />
              </Fragment>
            )
          })}
          {pending.map((message) => (
            <UnsentBubble
              key={message.clientMessageId}
              message={message}
              onRetry={() => onRetry(message.clientMessageId)}
              onDiscard={() => onDiscard(message.clientMessageId)}
            />
          ))}
        </ol>
      </div>
    </div>
  )
}
