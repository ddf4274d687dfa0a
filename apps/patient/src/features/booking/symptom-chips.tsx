import { Button, cn, Input } from '@medbook/ui'
import { Check, Plus, X } from 'lucide-react'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { bookingVi } from '../../i18n/vi/booking'

const PRESETS = Object.keys(bookingVi.symptomOptions) as (keyof typeof bookingVi.symptomOptions)[]
const MAX_SYMPTOMS = 20
const MAX_LENGTH = 100

interface SymptomChipsProps {
  value: string[]
  onChange: (value: string[]) => void
}

/** Common symptoms as chips to switch on and off, and a box for anything else. */
export function SymptomChips({ value, onChange }: SymptomChipsProps) {
  const { t } = useTranslation()
  const inputId = useId()
  const [other, setOther] = useState('')
  const presetLabels = PRESETS.map((key) => t(`booking.symptomOptions.${key}`))
  const custom = value.filter((symptom) => !presetLabels.includes(symptom))
  const full = value.length >= MAX_SYMPTOMS

  function toggle(symptom: string) {
    if (value.includes(symptom)) onChange(value.filter((entry) => entry !== symptom))
    else if (!full) onChange([...value, symptom])
  }

  function addOther() {
    const symptom = other.trim().slice(0, MAX_LENGTH)
    if (!symptom || full) return
    if (!value.some((entry) => entry.toLocaleLowerCase() === symptom.toLocaleLowerCase())) onChange([...value, symptom])
    setOther('')
  }

  return (
    <div className="flex flex-col gap-3">
      <ul className="flex flex-wrap gap-2">
        {presetLabels.map((label) => {
          const on = value.includes(label)
          return (
            <li key={label}>
              <button
                type="button"
                aria-pressed={on}
                disabled={!on && full}
                onClick={() => toggle(label)}
                className={cn(
                  'inline-flex h-9 cursor-pointer items-center gap-1.5 rounded-full border px-3.5 text-sm font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-55',
                  on
                    ? 'border-primary-700 bg-primary-700 text-ink-inverse'
                    : 'border-border-strong bg-surface text-ink hover:border-primary-700 hover:bg-primary-50',
                )}
              >
                {on ? <Check className="size-4" aria-hidden="true" /> : null}
                {label}
              </button>
            </li>
          )
        })}
        {custom.map((symptom) => (
          <li key={symptom}>
            <span className="inline-flex h-9 items-center gap-1 rounded-full border border-primary-700 bg-primary-700 pr-1 pl-3.5 text-sm font-medium text-ink-inverse">
              {symptom}
              <button
                type="button"
                onClick={() => onChange(value.filter((entry) => entry !== symptom))}
                aria-label={t('booking.form.removeSymptom', { symptom })}
                className="inline-flex size-7 cursor-pointer items-center justify-center rounded-full hover:bg-primary-800"
              >
                <X className="size-4" aria-hidden="true" />
              </button>
            </span>
          </li>
        ))}
      </ul>
      <div className="flex gap-2">
        <label htmlFor={inputId} className="sr-only">
          {t('booking.form.otherSymptom')}
        </label>
        <Input
          id={inputId}
          value={other}
          maxLength={MAX_LENGTH}
          placeholder={t('booking.form.otherSymptom')}
          disabled={full}
          onChange={(event) => setOther(event.target.value)}
          onKeyDown={(event) => {
            // Enter adds the symptom instead of submitting the form
            if (event.key === 'Enter') {
              event.preventDefault()
              addOther()
            }
          }}
        />
        <Button variant="secondary" onClick={addOther} disabled={full || !other.trim()}>
          <Plus aria-hidden="true" />
          {t('booking.form.addSymptom')}
        </Button>
      </div>
      {full ? <p className="text-sm text-ink-muted">{t('booking.form.symptomsLimit')}</p> : null}
    </div>
  )
}
