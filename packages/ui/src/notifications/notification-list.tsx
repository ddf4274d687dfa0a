import { BellOff, CheckCheck } from 'lucide-react'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../components/button'
import { Card } from '../components/card'
import { EmptyState } from '../components/empty-state'
import { ErrorState } from '../components/error-state'
import { LoadMore } from '../components/load-more'
import { Skeleton } from '../components/skeleton'
import { cn } from '../lib/cn'
import { PLATFORM_TIME_ZONE } from '../lib/format'
import { groupByDay, type NotificationItem } from './notification'
import { NotificationRow } from './notification-row'

export interface NotificationListProps {
  /** loaded so far, newest first; undefined while the first page loads */
  items: readonly NotificationItem[] | undefined
  failed: boolean
  onRetry: () => void
  retrying?: boolean
  hasMore: boolean
  loadingMore: boolean
  onLoadMore: () => void
  /** opens what the notification is about; the app marks it read */
  onOpen: (item: NotificationItem) => void
  unreadCount: number
  onMarkAllRead: () => void
  markingAllRead: boolean
  unreadOnly: boolean
  onUnreadOnlyChange: (unreadOnly: boolean) => void
}

/** Loads the next page as its end scrolls into view (the "load more" button stays for keyboards). */
function useLoadOnView(enabled: boolean, onLoadMore: () => void) {
  const sentinel = useRef<HTMLDivElement>(null)
  const load = useRef(onLoadMore)
  load.current = onLoadMore
  useEffect(() => {
    const node = sentinel.current
    if (!enabled || !node || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) load.current()
    })
    observer.observe(node)
    return () => observer.disconnect()
  }, [enabled])
  return sentinel
}

/** The notification centre: a filter, "mark all as read", and the notifications by day with infinite scroll. */
export function NotificationList(props: NotificationListProps) {
  const { t, i18n } = useTranslation('ui')
  const sentinel = useLoadOnView(props.hasMore && !props.loadingMore, props.onLoadMore)
  const dayLabel = (key: string, when: 'today' | 'yesterday' | 'earlier') =>
    when === 'earlier'
      ? new Intl.DateTimeFormat(i18n.language, {
          weekday: 'long',
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          timeZone: PLATFORM_TIME_ZONE,
        }).format(new Date(`${key}T12:00:00+07:00`))
      : t(`notificationCentre.${when}`)

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <fieldset className="inline-flex rounded-lg bg-surface-muted p-1">
          <legend className="sr-only">{t('notificationCentre.filterLabel')}</legend>
          {[false, true].map((unread) => (
            <button
              key={String(unread)}
              type="button"
              aria-pressed={props.unreadOnly === unread}
              onClick={() => props.onUnreadOnlyChange(unread)}
              className={cn(
                'h-9 cursor-pointer rounded-md px-4 text-sm font-semibold transition-colors',
                props.unreadOnly === unread ? 'bg-surface text-ink shadow-card' : 'text-ink-muted hover:text-ink',
              )}
            >
              {unread ? t('notificationCentre.showUnread') : t('notificationCentre.showAll')}
            </button>
          ))}
        </fieldset>
        <Button
          variant="secondary"
          size="sm"
          onClick={props.onMarkAllRead}
          loading={props.markingAllRead}
          disabled={props.unreadCount === 0}
        >
          <CheckCheck aria-hidden="true" />
          {t('notificationCentre.markAllRead')}
        </Button>
      </div>
      <NotificationDays {...props} dayLabel={dayLabel} sentinel={sentinel} />
    </div>
  )
}

function NotificationDays({
  items,
  failed,
  onRetry,
  retrying,
  hasMore,
  loadingMore,
  onLoadMore,
  onOpen,
  unreadOnly,
  dayLabel,
  sentinel,
}: NotificationListProps & {
  dayLabel: (key: string, when: 'today' | 'yesterday' | 'earlier') => string
  sentinel: React.RefObject<HTMLDivElement | null>
}) {
  const { t } = useTranslation('ui')
  if (failed) return <ErrorState title={t('notificationCentre.errorTitle')} onRetry={onRetry} retrying={retrying} />
  if (!items) {
    return (
      <div className="flex flex-col gap-3" aria-busy="true">
        <Skeleton className="h-20 rounded-2xl" />
        <Skeleton className="h-20 rounded-2xl" />
        <Skeleton className="h-20 rounded-2xl" />
      </div>
    )
  }
  if (items.length === 0) {
    return (
      <EmptyState
        icon={BellOff}
        title={unreadOnly ? t('notificationCentre.emptyUnreadTitle') : t('notificationCentre.emptyTitle')}
        description={unreadOnly ? undefined : t('notificationCentre.emptyDescription')}
      />
    )
  }
  return (
    <div className="flex flex-col gap-5">
      {groupByDay(items, new Date()).map((day) => (
        <section key={day.key} aria-labelledby={`notifications-${day.key}`}>
          <h2
            id={`notifications-${day.key}`}
            className="mb-2 px-1 text-xs font-semibold tracking-wide text-ink-muted uppercase"
          >
            {dayLabel(day.key, day.when)}
          </h2>
          <Card className="p-1.5 sm:p-2">
            <ul className="flex flex-col gap-1">
              {day.items.map((item) => (
                <li key={item.id}>
                  <NotificationRow item={item} onOpen={onOpen} />
                </li>
              ))}
            </ul>
          </Card>
        </section>
      ))}
      <div ref={sentinel} aria-hidden="true" />
      <LoadMore hasMore={hasMore} loading={loadingMore} onLoadMore={onLoadMore} />
    </div>
  )
}
