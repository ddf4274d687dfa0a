import { navItemClassName, SideNav } from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import { NavLink } from 'react-router'
import { useSession } from '../features/auth/use-session'
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
        </NavLink>
      ))}
    </SideNav>
  )
}
