import { Brand, LanguageSwitcher, MainContent, SkipLink, TopBar } from '@medbook/ui'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Outlet, ScrollRestoration } from 'react-router'

export function RootLayout() {
  const { t } = useTranslation()

  useEffect(() => {
    document.title = t('meta.title')
  }, [t])

  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink />
      <TopBar>
        <div className="mx-auto flex h-16 max-w-6xl items-center justify-between gap-4 px-4 sm:px-6">
          <Link to="/" className="rounded-lg">
            <Brand />
          </Link>
          <LanguageSwitcher />
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
      <ScrollRestoration />
    </div>
  )
}
