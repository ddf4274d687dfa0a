import {
  Brand,
  LanguageSwitcher,
  LiveEvents,
  MainContent,
  SessionWatcher,
  SkipLink,
  Toaster,
  TopBar,
  useRouteFocus,
  useSession,
} from '@medbook/ui'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Outlet, ScrollRestoration, useLocation } from 'react-router'
import { HeaderAccount } from './header-account'
import { BottomNav, HeaderNav } from './main-nav'
import { RouteLoadingIndicator } from './route-loading-indicator'

export function RootLayout() {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  const session = useSession()
  useRouteFocus(pathname)

  useEffect(() => {
    document.title = t('meta.title')
  }, [t])

  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink />
      <RouteLoadingIndicator />
      <TopBar>
        <div className="mx-auto flex h-16 max-w-6xl items-center justify-between gap-2 px-4 sm:gap-4 sm:px-6">
          <Link to="/" className="shrink-0 rounded-lg">
            <Brand />
          </Link>
          <HeaderNav />
          <div className="flex items-center gap-1 sm:gap-2">
            <LanguageSwitcher compact />
            <HeaderAccount />
          </div>
        </div>
      </TopBar>
      <MainContent className="flex-1">
        <Outlet />
      </MainContent>
      <footer className="border-t border-border bg-surface">
        <div className="mx-auto flex max-w-6xl flex-col gap-1 px-4 py-8 text-sm text-ink-muted sm:flex-row sm:justify-between sm:px-6">
          <p>{t('footer.tagline')}</p>
          <p>{t('footer.copyright', { year: new Date().getFullYear() })}</p>
        </div>
      </footer>
      <BottomNav />
      <SessionWatcher />
      <LiveEvents signedIn={Boolean(session.data)} />
      <Toaster />
      <ScrollRestoration />
    </div>
  )
}
