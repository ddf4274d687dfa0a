import { Button, ErrorState, isSigningOut, Spinner, sessionHasEnded, useSession } from '@medbook/ui'
import { Building2 } from 'lucide-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Navigate, useLocation } from 'react-router'
import { loginPath } from './auth-paths'

/** Shows its content to a signed-in patient; anyone else goes to log in first and comes back after. */
export function RequirePatient({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const { t: tUi } = useTranslation('ui')
  const session = useSession()
  const location = useLocation()

  if (session.isPending) {
    return (
      <div className="flex justify-center py-24 text-primary-700">
        <Spinner className="size-8" label={tUi('loading')} />
      </div>
    )
  }
  if (session.isError) {
    return (
      <div className="mx-auto max-w-lg px-4 py-16">
        <ErrorState onRetry={() => void session.refetch()} retrying={session.isRefetching} />
      </div>
    )
  }
  // logging out: the log out itself is taking the reader elsewhere
  if (!session.data && isSigningOut()) return null
  if (!session.data)
    return (
      <Navigate
        to={loginPath({
          next: `${location.pathname}${location.search}`,
          reason: sessionHasEnded() ? 'session-ended' : undefined,
        })}
        replace
      />
    )
  if (session.data.role !== 'patient') {
    return (
      <div className="mx-auto flex max-w-md flex-col items-center px-4 py-20 text-center">
        <span className="mb-4 inline-flex size-12 items-center justify-center rounded-full bg-primary-50 text-primary-700">
          <Building2 className="size-6" aria-hidden="true" />
        </span>
        <h1 className="text-xl font-bold text-ink">{t('auth.staffAccount.title')}</h1>
        <p className="mt-2 text-ink-muted">{t('auth.staffAccount.description')}</p>
        <Button asChild className="mt-6">
          <a href="/portal/">{t('auth.staffAccount.openPortal')}</a>
        </Button>
      </div>
    )
  }
  return children
}
