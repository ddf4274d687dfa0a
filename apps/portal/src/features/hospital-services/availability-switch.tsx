import { cn, Spinner } from '@medbook/ui'

interface AvailabilitySwitchProps {
  checked: boolean
  pending: boolean
  label: string
  onChange: (checked: boolean) => void
  stateLabel: string
}

/** An on/off switch (role="switch"), its state also written beside it. */
export function AvailabilitySwitch({ checked, pending, label, onChange, stateLabel }: AvailabilitySwitchProps) {
  return (
    <div className="flex items-center gap-2">
      <button
        type="button"
        role="switch"
        aria-checked={checked}
        aria-label={label}
        aria-busy={pending || undefined}
        disabled={pending}
        onClick={() => onChange(!checked)}
        className={cn(
          'relative inline-flex h-6 w-11 shrink-0 cursor-pointer items-center rounded-full transition-colors',
          'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-primary-600 disabled:cursor-wait',
          checked ? 'bg-primary-700' : 'bg-border-strong',
        )}
      >
        <span
          aria-hidden="true"
          className={cn(
            'inline-block size-5 rounded-full bg-surface shadow-card transition-transform',
            checked ? 'translate-x-5.5' : 'translate-x-0.5',
          )}
        />
      </button>
      <span className={cn('text-sm whitespace-nowrap', checked ? 'text-ink' : 'text-ink-muted')} aria-hidden="true">
        {pending ? <Spinner className="size-4" /> : stateLabel}
      </span>
    </div>
  )
}
