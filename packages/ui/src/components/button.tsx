import { Slot } from '@radix-ui/react-slot'
import type { ComponentProps } from 'react'
import { cn } from '../lib/cn'
import { Spinner } from './spinner'

const VARIANTS = {
  primary: 'bg-primary-700 text-ink-inverse shadow-card hover:bg-primary-800 active:bg-primary-900',
  secondary: 'border border-border-strong bg-surface text-ink hover:bg-surface-muted active:bg-border',
  ghost: 'text-ink hover:bg-surface-muted active:bg-border',
  subtle: 'bg-primary-50 text-primary-800 hover:bg-primary-100 active:bg-primary-200',
  danger: 'bg-danger-700 text-ink-inverse shadow-card hover:bg-danger-600',
} as const

const SIZES = {
  sm: 'h-9 gap-1.5 rounded-lg px-3 text-sm',
  md: 'h-11 gap-2 rounded-lg px-4 text-sm',
  lg: 'h-12 gap-2 rounded-xl px-6 text-base',
  icon: 'size-10 rounded-lg',
} as const

export type ButtonVariant = keyof typeof VARIANTS
export type ButtonSize = keyof typeof SIZES

export interface ButtonProps extends ComponentProps<'button'> {
  variant?: ButtonVariant
  size?: ButtonSize
  /** render the styles on the single child instead (a router link, an anchor) */
  asChild?: boolean
  /** shows a spinner and disables the button while an action runs */
  loading?: boolean
}

export function buttonClassName(variant: ButtonVariant = 'primary', size: ButtonSize = 'md', className?: string) {
  return cn(
    'inline-flex shrink-0 cursor-pointer items-center justify-center font-semibold whitespace-nowrap transition-colors',
    'disabled:pointer-events-none disabled:opacity-55 [&_svg]:size-4 [&_svg]:shrink-0',
    VARIANTS[variant],
    SIZES[size],
    className,
  )
}

export function Button({
  variant,
  size,
  asChild = false,
  loading = false,
  className,
  children,
  disabled,
  type,
  ...props
}: ButtonProps) {
  const classes = buttonClassName(variant, size, className)
  if (asChild) {
    return (
      <Slot className={classes} {...props}>
        {children}
      </Slot>
    )
  }
  return (
    <button
      type={type ?? 'button'}
      className={classes}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      {...props}
    >
      {loading ? <Spinner /> : null}
      {children}
    </button>
  )
}
