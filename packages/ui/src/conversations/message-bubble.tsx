import { AlertCircle, Clock } from 'lucide-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useServerErrorText } from '../forms/use-error-text'
import { cn } from '../lib/cn'
import { formatFileSize, formatMessageTime } from './chat-format'
import type { ChatMessage } from './chat-types'
import { FileChip, MessageAttachments } from './message-attachments'
import type { UnsentMessage } from './unsent-messages'

function Bubble({ mine, children }: { mine: boolean; children: ReactNode }) {
  return (
    <div
      className={cn(
        'flex max-w-[85%] flex-col gap-2 rounded-2xl px-3.5 py-2.5 text-[0.9375rem] leading-relaxed sm:max-w-[70%]',
        mine ? 'rounded-br-md bg-primary-700 text-ink-inverse' : 'rounded-bl-md bg-surface-muted text-ink',
      )}
    >
      {children}
    </div>
  )
}

/** The text exactly as written: React escapes it, so "<b>hi</b>" shows as those characters. */
function MessageText({ content }: { content: string }) {
  if (!content) return null
  return <p className="break-words whitespace-pre-wrap [overflow-wrap:anywhere]">{content}</p>
}

export function MessageBubble({
  message,
  showSender,
  seen,
}: {
  message: ChatMessage
  /** the sender's name above the bubble (someone else's, first of a run) */
  showSender: boolean
  /** "Đã xem" under it: my last message the other side has read */
  seen: boolean
}) {
  const { t, i18n } = useTranslation('ui')
  const time = formatMessageTime(message.createdAt, i18n.language)
  return (
    <li className={cn('flex flex-col gap-1', message.mine ? 'items-end' : 'items-start')}>
      {showSender && !message.mine ? (
        <span className="px-1 text-xs font-semibold text-ink-muted">{message.senderName}</span>
      ) : null}
      <Bubble mine={message.mine}>
        <MessageAttachments attachments={message.attachments} mine={message.mine} />
        <MessageText content={message.content} />
        <time
          dateTime={message.createdAt.toISOString()}
          className={cn('self-end text-xs', message.mine ? 'text-primary-100' : 'text-ink-muted')}
        >
          <span className="sr-only">{t('conversations.sentAt', { time })}</span>
          <span aria-hidden="true">{time}</span>
        </time>
      </Bubble>
      {seen ? <span className="px-1 text-xs font-medium text-ink-muted">{t('conversations.seen')}</span> : null}
    </li>
  )
}

/** A message the server has not confirmed: sending, waiting for the network, or failed with a retry. */
export function UnsentBubble({
  message,
  onRetry,
  onDiscard,
}: {
  message: UnsentMessage
  onRetry: () => void
  onDiscard: () => void
}) {
  const { t, i18n } = useTranslation('ui')
  const errorText = useServerErrorText()
  const files = [
    ...message.attachments.map((file) => ({ key: file.id, name: file.name, size: file.size })),
    ...message.files.map((file, index) => ({ key: `${index}-${file.name}`, name: file.name, size: file.size })),
  ]
  return (
    <li className="flex flex-col items-end gap-1" aria-busy={message.status === 'sending'}>
      <div className={cn('contents', message.status === 'failed' ? '' : '[&>div]:opacity-80')}>
        <Bubble mine>
          {files.map((file) => (
            <FileChip key={file.key} name={file.name} size={formatFileSize(file.size, i18n.language)} mine />
          ))}
          <MessageText content={message.content} />
        </Bubble>
      </div>
      {message.status === 'failed' ? (
        <div className="flex flex-wrap items-center justify-end gap-x-2 gap-y-1 px-1 text-xs">
          <span className="inline-flex items-center gap-1 font-semibold text-danger-700">
            <AlertCircle className="size-3.5" aria-hidden="true" />
            {t('conversations.failed')}
          </span>
          <span aria-hidden="true" className="text-ink-muted">
            ·
          </span>
          <button
            type="button"
            onClick={onRetry}
            className="font-semibold text-primary-700 underline-offset-4 hover:underline"
          >
            {t('conversations.retrySend')}
          </button>
          <span aria-hidden="true" className="text-ink-muted">
            ·
          </span>
          <button type="button" onClick={onDiscard} className="text-ink-muted underline-offset-4 hover:underline">
            {t('conversations.discard')}
          </button>
          {message.error ? <span className="w-full text-right text-ink-muted">{errorText(message.error)}</span> : null}
        </div>
      ) : (
        <span className="inline-flex items-center gap-1 px-1 text-xs text-ink-muted">
          <Clock className="size-3.5" aria-hidden="true" />
          {message.status === 'queued' ? t('conversations.queued') : t('conversations.sending')}
        </span>
      )}
    </li>
  )
}
