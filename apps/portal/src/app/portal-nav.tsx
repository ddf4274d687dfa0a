import { SideNav, navItemClassName } from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import { NavLink } from 'react-router'
import { NAV_ITEMS } from './nav-items'

/** The list of sections, used by the desktop sidebar and the mobile drawer alike. */
export function PortalNav({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation()
  return (
    <SideNav aria-label={t('nav.label')}>
      {NAV_ITEMS.map(({ to, labelKey, icon: Icon }) => (
        <NavLink key={to} to={to} onClick={onNavigate} className={({ isActive }) => navItemClassName(isActive)}>
          <Icon aria-hidden="true" />
          {t(labelKey)}
        </NavLink>
      ))}
    </SideNav>
  )
}
