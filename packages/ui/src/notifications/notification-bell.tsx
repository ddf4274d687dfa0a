import { Slot, Slottable } from '@radix-ui/react-slot'
import { Bell } from 'lucide-react'
import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { buttonClassName } from '../components/button'
import { cn } from '../lib/cn'

export interface NotificationBellProps {
  /** unread notifications; undefined while loading */
  count: number | undefined
  /** the link to the notification centre (a router link), rendered as the bell */
  children: ReactElement
  className?: string
}

/** The header's bell: a link to the notification centre whose name says how many are unread. */
export function NotificationBell({ count, children, className }: NotificationBellProps) {
  const { t } = useTranslation('ui')
  const unread = count ?? 0
  return (
    <Slot
      className={cn(buttonClassName('ghost', 'icon'), 'relative', className)}
      aria-label={unread > 0 ? t('notificationCentre.bellUnread', { count: unread }) : t('notificationCentre.bell')}
    >
      <Slottable>{children}</Slottable>
      <Bell className="!size-5" aria-hidden="true" />
      {unread > 0 ? (
        <span
          aria-hidden="true"
          data-testid="notification-badge"
          className="absolute -top-0.5 -right-0.5 flex h-5 min-w-5 items-center justify-center rounded-full bg-danger-700 px-1 text-[11px] leading-none font-bold text-ink-inverse ring-2 ring-surface tabular-nums"
        >
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </Slot>
  )
}
