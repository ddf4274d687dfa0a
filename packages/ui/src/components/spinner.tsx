import { LoaderCircle } from 'lucide-react'
import { cn } from '../lib/cn'

export interface SpinnerProps {
  className?: string
  /** read out to screen readers; without it the spinner is decorative */
  label?: string
}

export function Spinner({ className, label }: SpinnerProps) {
  const icon = <LoaderCircle className={cn('size-4 animate-spin', className)} aria-hidden="true" />
  if (!label) return icon
  return (
    <span role="status" className="inline-flex items-center gap-2">
      {icon}
      <span className="sr-only">{label}</span>
    </span>
  )
}
