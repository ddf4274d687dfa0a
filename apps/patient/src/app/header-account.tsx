import { Button, Skeleton, useSession } from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { loginPath } from '../features/auth/auth-paths'
import { HeaderBell } from '../features/notifications/header-bell'
import { UserMenu } from './user-menu'

const AUTH_PAGES = new Set(['/login', '/signup', '/verify', '/forgot-password', '/reset-password'])

/** The header's right end: log in and sign up, or the signed-in user's menu. */
export function HeaderAccount() {
  const { t } = useTranslation()
  const session = useSession()
  const location = useLocation()

  if (session.isPending) return <Skeleton className="size-10 rounded-full" />
  if (session.data) {
    return (
      <div className="flex items-center gap-1">
        {session.data.role === 'patient' ? <HeaderBell /> : null}
        <UserMenu user={session.data} />
      </div>
    )
  }

  // from a page of the site, come back to it after logging in
  const next = AUTH_PAGES.has(location.pathname) ? undefined : `${location.pathname}${location.search}`
  return (
    <div className="flex items-center gap-2">
      <Button asChild variant="ghost" size="sm" className="max-sm:hidden">
        <Link to="/signup">{t('header.signUp')}</Link>
      </Button>
      <Button asChild size="sm">
        <Link to={loginPath({ next })}>{t('header.logIn')}</Link>
      </Button>
    </div>
  )
}
