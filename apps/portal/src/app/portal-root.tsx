import { LiveEvents, SessionWatcher, Toaster, useRouteFocus, useSession } from '@medbook/ui'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Outlet, ScrollRestoration, useLocation } from 'react-router'

/** Around every screen: the page title, focus after navigation, session checks and notifications. */
export function PortalRoot() {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  const session = useSession()
  useRouteFocus(pathname)

  useEffect(() => {
    document.title = t('meta.title')
  }, [t])

  return (
    <>
      <Outlet />
      <SessionWatcher />
      <LiveEvents signedIn={Boolean(session.data)} />
      <Toaster />
      <ScrollRestoration />
    </>
  )
}
