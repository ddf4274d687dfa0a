import type { LucideIcon } from 'lucide-react'
import type { ReactNode } from 'react'
import { cn } from '../lib/cn'
import { Card } from './card'

export interface AuthCardProps {
  title: ReactNode
  description?: ReactNode
  icon?: LucideIcon
  children: ReactNode
  /** under the card: "No account yet? Sign up" */
  footer?: ReactNode
  className?: string
}

/** The frame of a sign-in, sign-up or password screen: one narrow card with its heading. */
export function AuthCard({ title, description, icon: Icon, children, footer, className }: AuthCardProps) {
  return (
    <div className={cn('mx-auto w-full max-w-md', className)}>
      <Card className="p-5 sm:p-8">
        {Icon ? (
          <span className="mb-4 inline-flex size-12 items-center justify-center rounded-xl bg-primary-50 text-primary-700">
            <Icon className="size-6" aria-hidden="true" />
          </span>
        ) : null}
        <h1 className="text-2xl font-bold tracking-tight text-ink">{title}</h1>
        {description ? <p className="mt-1.5 text-sm text-ink-muted">{description}</p> : null}
        <div className="mt-6">{children}</div>
      </Card>
      {footer ? <div className="mt-5 text-center text-sm text-ink-muted">{footer}</div> : null}
    </div>
  )
}
