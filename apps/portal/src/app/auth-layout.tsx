import { LanguageSwitcher, MainContent, SkipLink } from '@medbook/ui'
import { Outlet } from 'react-router'
import { PortalBrandLink } from './portal-brand-link'

/** Log in, password and invitation screens: the brand, the language, one card in the middle. */
export function AuthLayout() {
  return (
    <div className="flex min-h-dvh flex-col bg-gradient-to-b from-primary-50 to-canvas">
      <SkipLink />
      <header className="mx-auto flex h-16 w-full max-w-5xl items-center justify-between gap-3 px-4 sm:px-6">
        <PortalBrandLink />
        <LanguageSwitcher compact />
      </header>
      <MainContent className="flex flex-1 flex-col justify-center px-4 py-8 sm:py-12">
        <Outlet />
      </MainContent>
    </div>
  )
}
