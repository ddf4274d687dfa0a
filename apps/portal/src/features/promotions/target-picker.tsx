import { Input } from '@medbook/ui'
import { Search } from 'lucide-react'
import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'

export interface TargetOption {
  id: string
  name: string
  /** a second line: a category, a city */
  detail?: string
}

interface TargetPickerProps {
  legend: string
  allLabel: string
  hint?: string
  all: boolean
  onAllChange: (all: boolean) => void
  options: readonly TargetOption[]
  selected: readonly string[]
  onSelectedChange: (ids: string[]) => void
  error?: string
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()

/** "Everywhere" as a switch; otherwise a filterable list of checkboxes. */
export function TargetPicker(props: TargetPickerProps) {
  const { legend, allLabel, hint, all, onAllChange, options, selected, onSelectedChange, error } = props
  const { t } = useTranslation()
  const id = useId()
  const [filter, setFilter] = useState('')
  const shown = useMemo(() => {
    const wanted = fold(filter.trim())
    return wanted ? options.filter((option) => fold(`${option.name} ${option.detail ?? ''}`).includes(wanted)) : options
  }, [options, filter])
  const chosen = new Set(selected)
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined

  return (
    <fieldset className="flex flex-col gap-3 rounded-lg border border-border p-4" aria-describedby={describedBy}>
      <legend className="px-1 text-sm font-semibold text-ink">{legend}</legend>
      <label className="flex items-center gap-3 text-sm text-ink">
        <input
          type="checkbox"
          role="switch"
          aria-checked={all}
          className="size-4 accent-primary-600"
          checked={all}
          onChange={(event) => onAllChange(event.target.checked)}
        />
        {allLabel}
      </label>
      {all ? null : (
        <>
          {hint ? (
            <p id={`${id}-hint`} className="text-sm text-ink-muted">
              {hint}
            </p>
          ) : null}
          <div className="flex items-center justify-between gap-3">
            <Input
              type="search"
              leadingIcon={Search}
              aria-label={`${t('promotions.form.filter')}: ${legend}`}
              placeholder={t('promotions.form.filter')}
              value={filter}
              maxLength={100}
              onChange={(event) => setFilter(event.target.value)}
            />
            <span className="shrink-0 text-sm text-ink-muted" aria-live="polite">
              {t('promotions.form.selected', { count: chosen.size })}
            </span>
          </div>
          <ul className="max-h-56 overflow-y-auto rounded-md border border-border">
            {shown.length === 0 ? (
              <li className="px-3 py-2 text-sm text-ink-muted">{t('promotions.form.noMatches')}</li>
            ) : (
              shown.map((option) => (
                <li key={option.id} className="border-b border-border last:border-b-0">
                  <label className="flex cursor-pointer items-start gap-3 px-3 py-2 text-sm hover:bg-surface-muted">
                    <input
                      type="checkbox"
                      className="mt-0.5 size-4 accent-primary-600"
                      checked={chosen.has(option.id)}
                      onChange={(event) =>
                        onSelectedChange(
                          event.target.checked
                            ? [...selected, option.id]
                            : selected.filter((selectedId) => selectedId !== option.id),
                        )
                      }
                    />
                    <span>
                      <span className="block text-ink">{option.name}</span>
                      {option.detail ? <span className="block text-ink-muted">{option.detail}</span> : null}
                    </span>
                  </label>
                </li>
              ))
            )}
          </ul>
        </>
      )}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-danger-700" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  )
}
