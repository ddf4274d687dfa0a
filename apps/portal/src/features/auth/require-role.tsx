import { Button, ErrorState, isSigningOut, Spinner, sessionHasEnded, useSession } from '@medbook/ui'
import { ShieldX } from 'lucide-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Navigate, Outlet, useLocation } from 'react-router'
import { loginPath, roleHome } from './auth-paths'
import type { StaffRole } from './staff-role'

interface RequireRoleProps {
  roles: readonly StaffRole[]
  children: ReactNode
}

/**
 * Shows its content only to the given roles. Nobody signed in: log in first and come back.
 * A patient: the log-in page explains that the portal is not for them. Another role: no access.
 */
export function RequireRole({ roles, children }: RequireRoleProps) {
  const { t } = useTranslation()
  const { t: tUi } = useTranslation('ui')
  const session = useSession()
  const location = useLocation()
  const user = session.data

  if (session.isPending) {
    return (
      <div className="flex justify-center py-24 text-primary-700">
        <Spinner className="size-8" label={tUi('loading')} />
      </div>
    )
  }
  if (session.isError) return <ErrorState onRetry={() => void session.refetch()} retrying={session.isRefetching} />
  // logging out: the log out itself is taking the reader elsewhere
  if (!user && isSigningOut()) return null
  if (!user || user.role === 'patient') {
    return (
      <Navigate
        to={loginPath({
          next: `${location.pathname}${location.search}`,
          reason: sessionHasEnded() ? 'session-ended' : undefined,
        })}
        replace
      />
    )
  }
  if (!(roles as readonly string[]).includes(user.role)) {
    return (
      <div className="mx-auto flex max-w-md flex-col items-center py-16 text-center">
        <span className="mb-4 inline-flex size-12 items-center justify-center rounded-full bg-warning-50 text-warning-800">
          <ShieldX className="size-6" aria-hidden="true" />
        </span>
        <h1 className="text-xl font-bold text-ink">{t('auth.noAccess.title')}</h1>
        <p className="mt-2 text-ink-muted">{t('auth.noAccess.description')}</p>
        <Button asChild className="mt-6">
          <Link to={roleHome(user.role)}>{t('auth.noAccess.home')}</Link>
        </Button>
      </div>
    )
  }
  return children
}

/** RequireRole as a layout route: its child routes show only to the given roles. */
export function RoleGate({ roles }: { roles: readonly StaffRole[] }) {
  return (
    <RequireRole roles={roles}>
      <Outlet />
    </RequireRole>
  )
}
