import { Input, type InputProps } from '@medbook/ui'
import { useState } from 'react'

interface NumberInputProps extends Omit<InputProps, 'value' | 'onChange' | 'type'> {
  value: unknown
  onValueChange: (value: number | undefined) => void
}

/**
 * A number box that keeps what is being typed ("1." or "-") while the value it reports is a
 * number, or undefined when empty or unreadable (the schema then says what is wrong).
 */
export function NumberInput({ value, onValueChange, ...props }: NumberInputProps) {
  const shown = typeof value === 'number' ? String(value) : ''
  const [text, setText] = useState(shown)
  // the value changed from outside (reset, "use default"): show it
  const parsed = text.trim() === '' ? undefined : Number(text)
  const current = parsed === value || (parsed === undefined && value === undefined) ? text : shown
  return (
    <Input
      type="number"
      inputMode="decimal"
      value={current}
      onChange={(event) => {
        const next = event.target.value
        setText(next)
        const number = next.trim() === '' ? Number.NaN : Number(next)
        onValueChange(Number.isFinite(number) ? number : undefined)
      }}
      {...props}
    />
  )
}
