import type { ComponentProps } from 'react'
import { cn } from '../lib/cn'

/** A grey placeholder in the shape of content that is loading. Hidden from screen readers. */
export function Skeleton({ className, ...props }: ComponentProps<'div'>) {
  return (
    <div
      aria-hidden="true"
      className={cn('rounded-md bg-surface-muted motion-safe:animate-pulse', className)}
      {...props}
    />
  )
}
