import { Avatar, cn, formatPhone, fullName, navItemClassName, useSession } from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import { NavLink, Outlet } from 'react-router'
import { RequirePatient } from '../auth/require-patient'
import { ACCOUNT_NAV } from './account-nav-items'

function AccountNav() {
  const { t } = useTranslation()
  const user = useSession().data
  return (
    <div className="lg:sticky lg:top-24">
      {user ? (
        <div className="mb-4 hidden items-center gap-3 px-1 lg:flex">
          <Avatar name={fullName(user)} src={user.profilePicture} />
          <div className="min-w-0">
            <p className="truncate font-semibold text-ink">{fullName(user)}</p>
            <p className="truncate text-sm text-ink-muted">{user.email ?? formatPhone(user.phoneNumber ?? '')}</p>
          </div>
        </div>
      ) : null}
      <nav aria-label={t('account.nav.label')}>
        {/* phones: one row of tabs that scrolls sideways; wide screens: a column */}
        <ul className="-mx-4 flex gap-1 overflow-x-auto px-4 pb-1 sm:-mx-6 sm:px-6 lg:mx-0 lg:flex-col lg:overflow-visible lg:px-0">
          {ACCOUNT_NAV.map(({ to, labelKey, icon: Icon }) => (
            <li key={to} className="shrink-0">
              <NavLink
                to={to}
                className={({ isActive }) =>
                  cn(
                    navItemClassName(isActive),
                    'whitespace-nowrap max-lg:h-10 max-lg:rounded-full max-lg:border max-lg:px-4',
                    isActive ? 'max-lg:border-primary-200' : 'max-lg:border-border max-lg:bg-surface',
                  )
                }
              >
                <Icon aria-hidden="true" />
                {t(labelKey)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  )
}

/** The signed-in patient's own pages: a navigation and the page beside (or under) it. */
export function AccountLayout() {
  return (
    <RequirePatient>
      <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-10">
        <div className="flex flex-col gap-6 lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-10">
          <AccountNav />
          <div className="min-w-0">
            <Outlet />
          </div>
        </div>
      </div>
    </RequirePatient>
  )
}
