import type { ComponentProps } from 'react'
import { cn } from '../lib/cn'

export interface TableProps extends ComponentProps<'table'> {
  /** names the table (its caption, read by screen readers) and its scroll area */
  label: string
}

/**
 * A data table that scrolls sideways inside its card on narrow screens instead of the whole page.
 * The scroll area takes keyboard focus so it can be scrolled without a mouse; it is positioned so
 * that visually hidden (absolute) text in cells is clipped with it.
 */
export function Table({ label, className, children, ...props }: TableProps) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section aria-label={label} tabIndex={0} className="relative w-full overflow-x-auto rounded-[inherit]">
      <table className={cn('w-full border-collapse text-left text-sm', className)} {...props}>
        <caption className="sr-only">{label}</caption>
        {children}
      </table>
    </section>
  )
}

export function TableHead({ className, ...props }: ComponentProps<'thead'>) {
  return <thead className={cn('border-b border-border bg-surface-muted/60', className)} {...props} />
}

export function TableBody({ className, ...props }: ComponentProps<'tbody'>) {
  return <tbody className={cn('divide-y divide-border', className)} {...props} />
}

export function TableRow({ className, ...props }: ComponentProps<'tr'>) {
  return <tr className={cn('transition-colors hover:bg-canvas', className)} {...props} />
}

export function TableHeaderCell({ className, ...props }: ComponentProps<'th'>) {
  return (
    <th
      scope="col"
      className={cn(
        'px-4 py-3 text-xs font-semibold tracking-wide whitespace-nowrap text-ink-muted uppercase',
        className,
      )}
      {...props}
    />
  )
}

export function TableCell({ className, ...props }: ComponentProps<'td'>) {
  return <td className={cn('px-4 py-3 align-top text-ink', className)} {...props} />
}
