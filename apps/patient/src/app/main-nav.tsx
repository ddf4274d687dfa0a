import { cn } from '@medbook/ui'
import { CalendarCheck2, FileHeart, House, MessagesSquare, Stethoscope } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { NavLink } from 'react-router'
import { useUnreadMessages } from '../features/messages/use-unread-messages'

const LINKS = [
  { to: '/doctors', labelKey: 'mainNav.doctors', icon: Stethoscope },
  { to: '/appointments', labelKey: 'mainNav.appointments', icon: CalendarCheck2 },
  { to: '/messages', labelKey: 'mainNav.messages', icon: MessagesSquare },
  { to: '/records', labelKey: 'mainNav.records', icon: FileHeart },
] as const

/** The unread total beside "Tin nhắn": a number to see (`visual`) and, after the label, a sentence to hear. */
function UnreadCount({ to, visual, className }: { to: string; visual: boolean; className?: string }) {
  const { t } = useTranslation()
  const unread = useUnreadMessages()
  if (to !== '/messages' || unread === 0) return null
  if (!visual) return <span className="sr-only">{t('mainNav.messagesUnread', { count: unread })}</span>
  return (
    <span
      aria-hidden="true"
      className={cn(
        'inline-flex min-w-5 items-center justify-center rounded-full bg-danger-700 px-1.5 text-xs leading-5 font-bold text-ink-inverse',
        className,
      )}
    >
      {unread > 99 ? '99+' : unread}
    </span>
  )
}

/** Wide screens: the app's sections beside the brand in the header. */
export function HeaderNav() {
  const { t } = useTranslation()
  return (
    <nav aria-label={t('mainNav.label')} className="mr-auto ml-4 hidden md:block">
      <ul className="flex items-center gap-1">
        {LINKS.map(({ to, labelKey, icon: Icon }) => (
          <li key={to}>
            <NavLink
              to={to}
              className={({ isActive }) =>
                cn(
                  'inline-flex h-10 items-center gap-2 rounded-lg px-3 text-sm font-semibold transition-colors [&_svg]:size-4',
                  isActive ? 'bg-primary-50 text-primary-800' : 'text-ink-muted hover:bg-surface-muted hover:text-ink',
                )
              }
            >
              <Icon aria-hidden="true" />
              {t(labelKey)}
              <UnreadCount to={to} visual />
              <UnreadCount to={to} visual={false} />
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}

/** Phones: a tab bar at the bottom of the screen, in reach of the thumb. */
export function BottomNav() {
  const { t } = useTranslation()
  const links = [{ to: '/', labelKey: 'mainNav.home', icon: House } as const, ...LINKS]
  return (
    <>
      {/* room under the footer, so the bar never covers the end of the page */}
      <div className="h-16 md:hidden" aria-hidden="true" />
      <nav
        aria-label={t('mainNav.label')}
        className="fixed inset-x-0 bottom-0 z-30 border-t border-border bg-surface/95 pb-[env(safe-area-inset-bottom)] backdrop-blur md:hidden"
      >
        <ul className="grid h-16 grid-cols-5">
          {links.map(({ to, labelKey, icon: Icon }) => (
            <li key={to}>
              <NavLink
                to={to}
                end={to === '/'}
                className={({ isActive }) =>
                  cn(
                    'flex h-full flex-col items-center justify-center gap-1 px-1 text-center text-xs leading-tight font-semibold transition-colors [&_svg]:size-5',
                    isActive ? 'text-primary-800' : 'text-ink-muted hover:text-ink',
                  )
                }
              >
                <span className="relative">
                  <Icon aria-hidden="true" />
                  <UnreadCount
                    to={to}
                    visual
                    className="absolute -top-2 left-3 min-w-4 px-1 text-[0.625rem] leading-4"
                  />
                </span>
                {t(labelKey)}
                <UnreadCount to={to} visual={false} />
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </>
  )
}
