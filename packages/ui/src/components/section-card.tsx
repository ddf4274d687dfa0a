import { type ReactNode, useId } from 'react'
import { cn } from '../lib/cn'
import { Card } from './card'

export interface SectionCardProps {
  title: ReactNode
  description?: ReactNode
  /** beside the title: an "Add" button */
  actions?: ReactNode
  children: ReactNode
  className?: string
}

/** A titled part of a settings page, as a card and a labelled region. */
export function SectionCard({ title, description, actions, children, className }: SectionCardProps) {
  const headingId = useId()
  return (
    <Card asChild className={cn('p-5 sm:p-6', className)}>
      <section aria-labelledby={headingId}>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0">
            <h2 id={headingId} className="text-lg font-semibold text-ink">
              {title}
            </h2>
            {description ? <p className="mt-1 text-sm text-ink-muted">{description}</p> : null}
          </div>
          {actions ? <div className="flex shrink-0 gap-2">{actions}</div> : null}
        </div>
        <div className="mt-5">{children}</div>
      </section>
    </Card>
  )
}
