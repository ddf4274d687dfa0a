import { Input } from '@medbook/ui'
import { Search } from 'lucide-react'
import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'

export interface SpecialtyOption {
  id: string
  name: string
  nameEn: string
}

interface SpecialtyChecklistProps {
  legend: string
  options: readonly SpecialtyOption[]
  value: readonly string[]
  onChange: (value: string[]) => void
  error?: string
  hint?: string
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
}

/** Choose several specialties: a filter box over a list of checkboxes, the chosen ones first. */
export function SpecialtyChecklist({ legend, options, value, onChange, error, hint }: SpecialtyChecklistProps) {
  const { t, i18n } = useTranslation()
  const id = useId()
  const [text, setText] = useState('')
  const english = i18n.language.startsWith('en')
  const label = (option: SpecialtyOption) => (english ? option.nameEn : option.name)
  const chosen = new Set(value)
  const sorted = useMemo(() => [...options].sort((a, b) => a.name.localeCompare(b.name, 'vi')), [options])
  const shown = useMemo(() => {
    const needle = fold(text.trim())
    return sorted.filter((option) => !needle || fold(`${option.name} ${option.nameEn}`).includes(needle))
  }, [sorted, text])
  // the value keeps the list's order, so unticking and ticking again leaves nothing changed
  const toggle = (specialtyId: string, on: boolean) => {
    const next = new Set(value)
    if (on) next.add(specialtyId)
    else next.delete(specialtyId)
    onChange(sorted.filter((option) => next.has(option.id)).map((option) => option.id))
  }
  const errorId = `${id}-error`
  const hintId = `${id}-hint`

  return (
    <fieldset
      className="flex flex-col gap-3"
      aria-describedby={[hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined}
    >
      <legend className="text-sm font-medium text-ink">{legend}</legend>
      {hint ? (
        <p id={hintId} className="-mt-1 text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
        <div className="sm:w-72">
          <Input
            type="search"
            leadingIcon={Search}
            value={text}
            aria-label={t('myHospital.specialties.filter')}
            placeholder={t('myHospital.specialties.filter')}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <p className="text-sm text-ink-muted" aria-live="polite">
          {t('myHospital.specialties.chosen', { count: chosen.size })}
        </p>
      </div>
      {shown.length === 0 ? (
        <p className="text-sm text-ink-muted">{t('myHospital.specialties.noMatch')}</p>
      ) : (
        <ul className="grid max-h-80 gap-2 overflow-y-auto p-0.5 sm:grid-cols-2 lg:grid-cols-3">
          {shown.map((option) => (
            <li key={option.id}>
              <label className="flex h-full cursor-pointer items-center gap-3 rounded-xl border border-border p-3 text-sm text-ink has-[:checked]:border-primary-600 has-[:checked]:bg-primary-50">
                <input
                  type="checkbox"
                  className="size-4 shrink-0 accent-primary-700"
                  checked={chosen.has(option.id)}
                  onChange={(event) => toggle(option.id, event.target.checked)}
                />
                {label(option)}
              </label>
            </li>
          ))}
        </ul>
      )}
      {error ? (
        <p id={errorId} className="text-sm font-medium text-danger-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  )
}
