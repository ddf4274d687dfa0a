import { Paperclip } from 'lucide-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Avatar } from '../components/avatar'
import { cn } from '../lib/cn'
import { formatListTime } from './chat-format'
import type { ChatConversation } from './chat-types'
import { useVisitText } from './use-visit-text'

export interface ConversationRowProps {
  conversation: ChatConversation
  /** the reader's user id: their own last message reads "Bạn: …" */
  viewerId: string | undefined
  /** the row's link to the thread (the app's router link), wrapping what it is given */
  renderLink: (content: ReactNode, className: string) => ReactNode
  /** shown under the preview, e.g. who at the desk handles it */
  extra?: ReactNode
}

/** One conversation in an inbox: who, about which visit, the last message, when, and how many unread. */
export function ConversationRow({ conversation, viewerId, renderLink, extra }: ConversationRowProps) {
  const { t, i18n } = useTranslation('ui')
  const visitText = useVisitText()
  const { lastMessage, unreadCount } = conversation
  const unread = unreadCount > 0
  const preview = lastMessage ? lastMessage.content || t('conversations.attachmentOnly') : t('conversations.noMessages')
  const content = (
    <>
      <Avatar name={conversation.title} />
      <span className="flex min-w-0 flex-1 flex-col gap-0.5">
        <span className="flex items-baseline justify-between gap-2">
          <span className={cn('truncate text-ink', unread ? 'font-bold' : 'font-semibold')}>{conversation.title}</span>
          {lastMessage ? (
            <time dateTime={lastMessage.createdAt.toISOString()} className="shrink-0 text-xs text-ink-muted">
              {formatListTime(lastMessage.createdAt, i18n.language)}
            </time>
          ) : null}
        </span>
        {conversation.appointment ? (
          <span className="truncate text-xs text-ink-muted">{visitText(conversation.appointment)}</span>
        ) : null}
        <span className="flex items-center justify-between gap-2">
          <span
            className={cn(
              'inline-flex min-w-0 items-center gap-1 text-sm',
              unread ? 'font-semibold text-ink' : 'text-ink-muted',
            )}
          >
            {lastMessage?.hasAttachments ? <Paperclip className="size-3.5 shrink-0" aria-hidden="true" /> : null}
            <span className="truncate">
              {lastMessage && lastMessage.senderId === viewerId ? t('conversations.you', { text: preview }) : preview}
            </span>
          </span>
          {unread ? (
            <span className="inline-flex min-w-5 shrink-0 items-center justify-center rounded-full bg-primary-700 px-1.5 text-xs leading-5 font-bold text-ink-inverse">
              <span aria-hidden="true">{unreadCount > 99 ? '99+' : unreadCount}</span>
              <span className="sr-only">{t('conversations.unreadCount', { count: unreadCount })}</span>
            </span>
          ) : null}
        </span>
        {extra}
      </span>
    </>
  )
  return renderLink(
    content,
    'flex items-start gap-3 rounded-xl px-3 py-3 transition-colors hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-primary-700',
  )
}
