import type { ComponentProps } from 'react'
import { cn } from '../lib/cn'

const TONES = {
  neutral: 'bg-surface-muted text-ink-muted',
  primary: 'bg-primary-50 text-primary-800',
  accent: 'bg-accent-50 text-accent-800',
  success: 'bg-success-50 text-success-700',
  warning: 'bg-warning-50 text-warning-800',
  danger: 'bg-danger-50 text-danger-700',
  outline: 'bg-surface text-ink-muted ring-1 ring-border ring-inset',
} as const

export type BadgeTone = keyof typeof TONES

export interface BadgeProps extends ComponentProps<'span'> {
  tone?: BadgeTone
}

export function Badge({ tone = 'neutral', className, ...props }: BadgeProps) {
  return (
    <span
      className={cn(
        'inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-xs font-medium whitespace-nowrap [&_svg]:size-3.5',
        TONES[tone],
        className,
      )}
      {...props}
    />
  )
}
