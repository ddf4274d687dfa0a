import { navItemClassName, SideNav, useSession } from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import { NavLink } from 'react-router'
import { useUnreadMessages } from '../features/messages/use-unread-messages'
import { navItemsFor } from './nav-items'
import { PortalBrandLink } from './portal-brand-link'

/** The brand and the sections this account may use: the desktop sidebar and the mobile drawer alike. */
export function PortalNav({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation()
  const role = useSession().data?.role ?? null
  return (
    <SideNav aria-label={t('nav.label')}>
      <div className="mb-4 flex h-16 items-center px-1">
        <PortalBrandLink onNavigate={onNavigate} />
      </div>
      {navItemsFor(role).map(({ to, labelKey, icon: Icon }) => (
        <NavLink key={to} to={to} onClick={onNavigate} className={({ isActive }) => navItemClassName(isActive)}>
          <Icon aria-hidden="true" />
          {t(labelKey)}
          {to === '/messages' ? <UnreadBadge /> : null}
        </NavLink>
      ))}
    </SideNav>
  )
}

/** The unread total beside "Tin nhắn": a number to see, a sentence to hear. */
function UnreadBadge() {
  const { t } = useTranslation()
  const unread = useUnreadMessages()
  if (unread === 0) return null
  return (
    <span className="ml-auto inline-flex min-w-5 items-center justify-center rounded-full bg-danger-700 px-1.5 text-xs leading-5 font-bold text-ink-inverse">
      <span aria-hidden="true">{unread > 99 ? '99+' : unread}</span>
      <span className="sr-only">{t('nav.messagesUnread', { count: unread })}</span>
    </span>
  )
}
