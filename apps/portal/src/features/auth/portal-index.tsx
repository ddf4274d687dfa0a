import { Spinner, useSession } from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import { Navigate } from 'react-router'
import { homeFor, PUBLIC_PAGES } from './auth-paths'

/** "/": a signed-in staff member starts on their own page, everyone else on the hospital list. */
export function PortalIndex() {
  const { t } = useTranslation('ui')
  const session = useSession()
  if (session.isPending) {
    return (
      <div className="flex justify-center py-24 text-primary-700">
        <Spinner className="size-8" label={t('loading')} />
      </div>
    )
  }
  const user = session.data
  if (!user || user.role === 'patient') return <Navigate to={PUBLIC_PAGES[0]} replace />
  return <Navigate to={homeFor(user)} replace />
}
