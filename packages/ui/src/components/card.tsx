import { Slot } from '@radix-ui/react-slot'
import type { ComponentProps } from 'react'
import { cn } from '../lib/cn'

export interface CardProps extends ComponentProps<'div'> {
  /** render as the single child (an <article>, a <section>, a <li>) */
  asChild?: boolean
}

export function Card({ asChild = false, className, ...props }: CardProps) {
  const Component = asChild ? Slot : 'div'
  return <Component className={cn('rounded-2xl border border-border bg-surface shadow-card', className)} {...props} />
}
