import { Button, Skeleton, useSession } from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { loginPathFrom } from '../features/auth/auth-paths'
import { HeaderBell } from '../features/notifications/header-bell'
import { UserMenu } from './user-menu'

/** The top bar's right end: the signed-in user's menu, or a way to log in. */
export function HeaderAccount() {
  const { t } = useTranslation()
  const session = useSession()
  const location = useLocation()
  if (session.isPending) return <Skeleton className="size-10 rounded-full" />
  if (session.data && session.data.role !== 'patient') {
    return (
      <div className="flex items-center gap-1">
        <HeaderBell />
        <UserMenu user={session.data} />
      </div>
    )
  }
  return (
    <Button asChild size="sm">
      <Link to={loginPathFrom(location)}>{t('header.logIn')}</Link>
    </Button>
  )
}
