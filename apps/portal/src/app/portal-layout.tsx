import { LanguageSwitcher, MainContent, SkipLink, TopBar } from '@medbook/ui'
import { Outlet } from 'react-router'
import { HeaderAccount } from './header-account'
import { MobileNav } from './mobile-nav'
import { PortalBrandLink } from './portal-brand-link'
import { PortalNav } from './portal-nav'

export function PortalLayout() {
  return (
    <div className="min-h-dvh lg:grid lg:grid-cols-[16rem_minmax(0,1fr)]">
      <SkipLink />
      <div className="hidden border-r border-border bg-surface lg:block">
        <div className="sticky top-0 h-dvh overflow-y-auto px-4 pb-4">
          <PortalNav />
        </div>
      </div>
      <div className="flex min-w-0 flex-col">
        <TopBar>
          <div className="flex h-16 items-center justify-between gap-3 px-4 sm:px-6 lg:justify-end lg:px-8">
            <div className="flex min-w-0 items-center gap-2 lg:hidden">
              <MobileNav />
              <PortalBrandLink compact />
            </div>
            <div className="flex shrink-0 items-center gap-1 sm:gap-2">
              <LanguageSwitcher compact />
              <HeaderAccount />
            </div>
          </div>
        </TopBar>
        <MainContent className="flex-1 px-4 py-6 sm:px-6 lg:px-8 lg:py-8">
          <div className="mx-auto max-w-7xl">
            <Outlet />
          </div>
        </MainContent>
      </div>
    </div>
  )
}
