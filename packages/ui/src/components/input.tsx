import type { LucideIcon } from 'lucide-react'
import type { ComponentProps } from 'react'
import { cn } from '../lib/cn'

export const controlClassName = cn(
  'h-11 w-full min-w-0 rounded-lg border border-border-strong bg-surface px-3 text-base text-ink sm:text-sm',
  'placeholder:text-ink-muted transition-colors hover:border-ink-muted',
  'disabled:cursor-not-allowed disabled:bg-surface-muted disabled:opacity-70',
  'aria-[invalid=true]:border-danger-700',
)

export interface InputProps extends ComponentProps<'input'> {
  /** a decorative icon inside the left edge, e.g. a magnifier on a search box */
  leadingIcon?: LucideIcon
}

export function Input({ className, type = 'text', leadingIcon: Icon, ...props }: InputProps) {
  const input = <input type={type} className={cn(controlClassName, Icon && 'pl-10', className)} {...props} />
  if (!Icon) return input
  return (
    <div className="relative">
      <Icon
        className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-ink-muted"
        aria-hidden="true"
      />
      {input}
    </div>
  )
}
