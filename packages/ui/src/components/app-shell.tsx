import { HeartPulse } from 'lucide-react'
import type { ComponentProps, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { cn } from '../lib/cn'

export const MAIN_CONTENT_ID = 'main-content'

/** The first stop for keyboard users: jumps past the header and navigation. */
export function SkipLink() {
  const { t } = useTranslation('ui')
  return (
    <a
      href={`#${MAIN_CONTENT_ID}`}
      className="sr-only focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50 focus:rounded-lg focus:bg-surface focus:px-4 focus:py-2 focus:font-semibold focus:text-primary-800 focus:shadow-raised"
    >
      {t('skipToContent')}
    </a>
  )
}

export function TopBar({ className, children, ...props }: ComponentProps<'header'>) {
  return (
    <header
      className={cn('sticky top-0 z-30 border-b border-border bg-surface/95 backdrop-blur', className)}
      {...props}
    >
      {children}
    </header>
  )
}

export interface BrandProps {
  /** a second word after the name, e.g. "Portal" */
  product?: ReactNode
  /** below the sm breakpoint keep the product word for screen readers only, to leave room in a top bar */
  compact?: boolean
  className?: string
}

/** The MedBook mark and name. Wrap it in the app's home link. */
export function Brand({ product, compact = false, className }: BrandProps) {
  return (
    <span className={cn('inline-flex items-center gap-2.5', className)}>
      <span className="inline-flex size-9 items-center justify-center rounded-xl bg-primary-700 text-ink-inverse shadow-card">
        <HeartPulse className="size-5" aria-hidden="true" />
      </span>
      <span className="text-lg font-bold tracking-tight text-ink">
        Med<span className="text-primary-700">Book</span>
      </span>
      {/* the space keeps "MedBook Portal" two words for screen readers; flex layout ignores it */}
      {product ? ' ' : null}
      {product ? (
        <span
          className={cn(
            'rounded-md bg-surface-muted px-2 py-0.5 text-xs font-semibold whitespace-nowrap text-ink-muted uppercase',
            compact && 'max-sm:sr-only',
          )}
        >
          {product}
        </span>
      ) : null}
    </span>
  )
}

export function MainContent({ className, ...props }: ComponentProps<'main'>) {
  return <main id={MAIN_CONTENT_ID} tabIndex={-1} className={cn('focus:outline-none', className)} {...props} />
}

export function SideNav({ className, children, ...props }: ComponentProps<'nav'>) {
  return (
    <nav className={cn('flex flex-col gap-1', className)} {...props}>
      {children}
    </nav>
  )
}

/** Classes for a navigation link; pass the router's "active" flag. */
export function navItemClassName(active: boolean) {
  return cn(
    'flex h-11 items-center gap-3 rounded-lg px-3 text-sm font-medium transition-colors [&_svg]:size-5 [&_svg]:shrink-0',
    active ? 'bg-primary-50 text-primary-800' : 'text-ink-muted hover:bg-surface-muted hover:text-ink',
  )
}

export interface PageHeaderProps {
  title: ReactNode
  description?: ReactNode
  actions?: ReactNode
  className?: string
}

export function PageHeader({ title, description, actions, className }: PageHeaderProps) {
  return (
    <div className={cn('flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between', className)}>
      <div>
        <h1 className="text-2xl font-bold tracking-tight text-ink">{title}</h1>
        {description ? <p className="mt-1 text-sm text-ink-muted">{description}</p> : null}
      </div>
      {actions ? <div className="flex gap-2">{actions}</div> : null}
    </div>
  )
}
