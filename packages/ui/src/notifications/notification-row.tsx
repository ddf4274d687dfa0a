import { useTranslation } from 'react-i18next'
import { cn } from '../lib/cn'
import { PLATFORM_TIME_ZONE } from '../lib/format'
import { formatSeconds, useCountdown } from '../lib/use-countdown'
import { inLanguage, type NotificationItem } from './notification'
import { NotificationIcon } from './notification-icon'

/** A waitlist offer's hold, counting down; then a note that it ran out. */
function HoldCountdown({ until }: { until: Date }) {
  const { t } = useTranslation('ui')
  const seconds = useCountdown(until.getTime())
  return (
    <span className={cn('mt-1 text-xs font-semibold', seconds > 0 ? 'text-accent-800' : 'text-ink-muted')}>
      {seconds > 0
        ? t('notificationCentre.heldFor', { time: formatSeconds(seconds) })
        : t('notificationCentre.offerLapsed')}
    </span>
  )
}

/** One notification: a button that opens what it is about (and marks it read). */
export function NotificationRow({
  item,
  onOpen,
}: {
  item: NotificationItem
  onOpen: (item: NotificationItem) => void
}) {
  const { t, i18n } = useTranslation('ui')
  const time = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short', timeZone: PLATFORM_TIME_ZONE }).format(
    item.createdAt,
  )
  return (
    <button
      type="button"
      onClick={() => onOpen(item)}
      data-testid="notification-item"
      data-unread={item.isRead ? undefined : 'true'}
      className={cn(
        'flex w-full cursor-pointer items-start gap-3 rounded-xl px-3 py-3 text-left transition-colors sm:px-4',
        'hover:bg-surface-muted focus-visible:bg-surface-muted',
        item.isRead ? 'bg-surface' : 'bg-primary-50/60',
      )}
    >
      <NotificationIcon type={item.type} />
      <span className="flex min-w-0 flex-1 flex-col">
        <span className="flex items-baseline justify-between gap-3">
          <span className={cn('text-sm text-ink', item.isRead ? 'font-medium' : 'font-semibold')}>
            {inLanguage(item.title, i18n.language)}
          </span>
          <time dateTime={item.createdAt.toISOString()} className="shrink-0 text-xs text-ink-muted tabular-nums">
            {time}
          </time>
        </span>
        <span className="mt-0.5 text-sm break-words text-ink-muted">{item.message}</span>
        {item.type === 'waitlist_slot_available' && item.expiresAt ? <HoldCountdown until={item.expiresAt} /> : null}
      </span>
      {item.isRead ? null : (
        <span className="mt-1.5 size-2.5 shrink-0 rounded-full bg-primary-700">
          <span className="sr-only">{t('notificationCentre.unread')}</span>
        </span>
      )}
    </button>
  )
}
