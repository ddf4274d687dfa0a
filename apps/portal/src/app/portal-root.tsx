import { Toaster, useRouteFocus } from '@medbook/ui'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Outlet, ScrollRestoration, useLocation } from 'react-router'
import { SessionWatcher } from '../features/auth/session-watcher'

/** Around every screen: the page title, focus after navigation, session checks and notifications. */
export function PortalRoot() {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  useRouteFocus(pathname)

  useEffect(() => {
    document.title = t('meta.title')
  }, [t])

  return (
    <>
      <Outlet />
      <SessionWatcher />
      <Toaster />
      <ScrollRestoration />
    </>
  )
}
