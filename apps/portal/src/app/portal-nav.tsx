import { navItemClassName, SideNav } from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import { NavLink } from 'react-router'
import { NAV_ITEMS } from './nav-items'
import { PortalBrandLink } from './portal-brand-link'

/** The brand and the list of sections: the desktop sidebar and the mobile drawer alike. */
export function PortalNav({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation()
  return (
    <SideNav aria-label={t('nav.label')}>
      <div className="mb-4 flex h-16 items-center px-1">
        <PortalBrandLink onNavigate={onNavigate} />
      </div>
      {NAV_ITEMS.map(({ to, labelKey, icon: Icon }) => (
        <NavLink key={to} to={to} onClick={onNavigate} className={({ isActive }) => navItemClassName(isActive)}>
          <Icon aria-hidden="true" />
          {t(labelKey)}
        </NavLink>
      ))}
    </SideNav>
  )
}
