import { cn } from '@medbook/ui'
import { useId } from 'react'

export interface ChoiceChip<T extends string> {
  value: T
  label: string
}

interface ChoiceChipsProps<T extends string> {
  legend: string
  options: readonly ChoiceChip<T>[]
  value: T
  onChange: (value: T) => void
  /** keep the legend for screen readers only */
  hideLegend?: boolean
}

/** One choice among a few, as a row of chips: native radios, so arrows move and screen readers count them. */
export function ChoiceChips<T extends string>({ legend, options, value, onChange, hideLegend }: ChoiceChipsProps<T>) {
  const name = useId()
  return (
    <fieldset className="min-w-0">
      <legend className={cn('mb-2 text-sm font-semibold text-ink', hideLegend && 'sr-only')}>{legend}</legend>
      <div className="flex flex-wrap gap-2">
        {options.map((option) => {
          const chosen = option.value === value
          return (
            <label
              key={option.value}
              className={cn(
                'inline-flex min-h-10 max-w-full cursor-pointer items-center rounded-full border px-4 text-sm font-semibold break-words transition-colors',
                'has-[input:focus-visible]:outline-2 has-[input:focus-visible]:outline-offset-2 has-[input:focus-visible]:outline-primary-600',
                chosen
                  ? 'border-primary-700 bg-primary-700 text-white'
                  : 'border-border bg-surface text-ink hover:bg-surface-muted',
              )}
            >
              <input
                type="radio"
                name={name}
                value={option.value}
                checked={chosen}
                onChange={() => onChange(option.value)}
                className="sr-only"
              />
              {option.label}
            </label>
          )
        })}
      </div>
    </fieldset>
  )
}
