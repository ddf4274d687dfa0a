import { Slot } from '@radix-ui/react-slot'
import { type ReactElement, type ReactNode, useId } from 'react'
import { cn } from '../lib/cn'
import { Label } from './label'

export interface FieldProps {
  label: ReactNode
  /** the one control: an Input, a Select, a textarea… It receives id, aria-describedby and aria-invalid. */
  children: ReactElement
  hint?: ReactNode
  error?: ReactNode
  /** keep the label for screen readers only, when the layout already says what the control is */
  hideLabel?: boolean
  id?: string
  className?: string
}

/** Label, control, hint and error text, wired together for assistive technology. */
export function Field({ label, children, hint, error, hideLabel = false, id, className }: FieldProps) {
  const generatedId = useId()
  const controlId = id ?? `field-${generatedId}`
  const hintId = hint ? `${controlId}-hint` : undefined
  const errorId = error ? `${controlId}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined

  return (
    <div className={cn('flex flex-col gap-1.5', className)}>
      <Label htmlFor={controlId} className={hideLabel ? 'sr-only' : undefined}>
        {label}
      </Label>
      <Slot id={controlId} aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
        {children}
      </Slot>
      {hint ? (
        <p id={hintId} className="text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-sm font-medium text-danger-700">
          {error}
        </p>
      ) : null}
    </div>
  )
}
