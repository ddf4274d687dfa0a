import { cn } from '@medbook/ui'
import { CalendarCheck2, House, Stethoscope } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { NavLink } from 'react-router'

const LINKS = [
  { to: '/doctors', labelKey: 'mainNav.doctors', icon: Stethoscope },
  { to: '/appointments', labelKey: 'mainNav.appointments', icon: CalendarCheck2 },
] as const

/** Wide screens: the app's sections beside the brand in the header. */
export function HeaderNav() {
  const { t } = useTranslation()
  return (
    <nav aria-label={t('mainNav.label')} className="mr-auto ml-4 hidden md:block">
      <ul className="flex items-center gap-1">
        {LINKS.map(({ to, labelKey, icon: Icon }) => (
          <li key={to}>
            <NavLink
              to={to}
              className={({ isActive }) =>
                cn(
                  'inline-flex h-10 items-center gap-2 rounded-lg px-3 text-sm font-semibold transition-colors [&_svg]:size-4',
                  isActive ? 'bg-primary-50 text-primary-800' : 'text-ink-muted hover:bg-surface-muted hover:text-ink',
                )
              }
            >
              <Icon aria-hidden="true" />
              {t(labelKey)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}

/** Phones: a tab bar at the bottom of the screen, in reach of the thumb. */
export function BottomNav() {
  const { t } = useTranslation()
  const links = [{ to: '/', labelKey: 'mainNav.home', icon: House } as const, ...LINKS]
  return (
    <>
      {/* room under the footer, so the bar never covers the end of the page */}
      <div className="h-16 md:hidden" aria-hidden="true" />
      <nav
        aria-label={t('mainNav.label')}
        className="fixed inset-x-0 bottom-0 z-30 border-t border-border bg-surface/95 pb-[env(safe-area-inset-bottom)] backdrop-blur md:hidden"
      >
        <ul className="grid h-16 grid-cols-3">
          {links.map(({ to, labelKey, icon: Icon }) => (
            <li key={to}>
              <NavLink
                to={to}
                end={to === '/'}
                className={({ isActive }) =>
                  cn(
                    'flex h-full flex-col items-center justify-center gap-1 text-xs font-semibold transition-colors [&_svg]:size-5',
                    isActive ? 'text-primary-800' : 'text-ink-muted hover:text-ink',
                  )
                }
              >
                <Icon aria-hidden="true" />
                {t(labelKey)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </>
  )
}
