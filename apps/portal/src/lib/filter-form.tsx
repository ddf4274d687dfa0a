import { Button, Field, Input, Select, type SelectOption } from '@medbook/ui'
import { Search, X } from 'lucide-react'
import { type ReactNode, useState } from 'react'
import { useDebouncedCallback } from './use-debounced-callback'

/** Radix Select reserves the empty value, so "no filter" has a name of its own. */
const ANY = 'any'

interface FilterFormProps {
  /** the grid of the form: where the search box, the selects and the clear button sit */
  className: string
  search: {
    label: string
    placeholder: string
    maxLength: number
    /** the filter's current text (from the URL) */
    value: string | undefined
    /** called with the trimmed text, or undefined when it is empty */
    onApply: (value: string | undefined) => void
    fieldClassName?: string
  }
  hasFilters: boolean
  clearLabel: string
  onClear: () => void
  children: ReactNode
}

/**
 * A table's filter bar: a search box that filters as you type (without a request per keystroke)
 * and at once on Enter, the filters given as children, and a button that clears them all.
 */
export function FilterForm({ className, search, hasFilters, clearLabel, onClear, children }: FilterFormProps) {
  const [text, setText] = useState(search.value ?? '')
  const applyText = useDebouncedCallback((value: string) => search.onApply(value.trim() || undefined), 300)

  return (
    <search>
      <form
        className={className}
        onSubmit={(event) => {
          event.preventDefault()
          applyText.cancel()
          search.onApply(text.trim() || undefined)
        }}
      >
        <Field label={search.label} className={search.fieldClassName}>
          <Input
            type="search"
            leadingIcon={Search}
            value={text}
            maxLength={search.maxLength}
            placeholder={search.placeholder}
            onChange={(event) => {
              setText(event.target.value)
              applyText.call(event.target.value)
            }}
          />
        </Field>
        {children}
        {hasFilters ? (
          <Button
            variant="ghost"
            className="justify-self-start"
            onClick={() => {
              applyText.cancel()
              setText('')
              onClear()
            }}
          >
            <X aria-hidden="true" />
            {clearLabel}
          </Button>
        ) : null}
      </form>
    </search>
  )
}

interface FilterSelectProps<Value extends string> {
  label: string
  /** the first option, which filters nothing */
  anyLabel: string
  options: readonly SelectOption[]
  value: Value | undefined
  onChange: (value: Value | undefined) => void
  className?: string
  disabled?: boolean
}

/** A select whose first option, "all …", means no filter (undefined). */
export function FilterSelect<Value extends string>({
  label,
  anyLabel,
  options,
  value,
  onChange,
  className,
  disabled,
}: FilterSelectProps<Value>) {
  return (
    <Field label={label} className={className}>
      <Select
        options={[{ value: ANY, label: anyLabel }, ...options]}
        value={value ?? ANY}
        disabled={disabled}
        onValueChange={(chosen) => onChange(chosen === ANY ? undefined : (chosen as Value))}
      />
    </Field>
  )
}
