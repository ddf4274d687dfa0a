import { Badge, Button, Input } from '@medbook/ui'
import { Plus, X } from 'lucide-react'
import { type KeyboardEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'

interface TagListInputProps {
  label: string
  /** names the list of what was added */
  listLabel: string
  value: readonly string[]
  onChange: (value: string[]) => void
  maxItems: number
  maxLength: number
  error?: string
  hint?: string
}

/** A list of short texts: type one and press Enter (or Add); each chip has its own remove button. */
export function TagListInput({
  label,
  listLabel,
  value,
  onChange,
  maxItems,
  maxLength,
  error,
  hint,
}: TagListInputProps) {
  const { t } = useTranslation()
  const id = useId()
  const [draft, setDraft] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const inputId = `${id}-input`
  const describedBy = [hint ? `${id}-hint` : null, problem || error ? `${id}-error` : null].filter(Boolean)

  function add() {
    const text = draft.trim().replace(/\s+/g, ' ')
    if (!text) return
    if (value.some((item) => item.toLocaleLowerCase('vi') === text.toLocaleLowerCase('vi'))) {
      setProblem(t('myHospital.tags.duplicate', { text }))
      return
    }
    if (value.length >= maxItems) {
      setProblem(t('myHospital.tags.tooMany', { max: maxItems }))
      return
    }
    onChange([...value, text])
    setDraft('')
    setProblem(null)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter') return
    event.preventDefault()
    add()
  }

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-col gap-1.5">
        <label htmlFor={inputId} className="text-sm font-medium text-ink">
          {label}
        </label>
        <div className="flex gap-2">
          <Input
            id={inputId}
            value={draft}
            maxLength={maxLength}
            aria-describedby={describedBy.join(' ') || undefined}
            aria-invalid={problem || error ? true : undefined}
            onChange={(event) => {
              setDraft(event.target.value)
              setProblem(null)
            }}
            onKeyDown={onKeyDown}
          />
          <Button variant="secondary" onClick={add} disabled={!draft.trim()}>
            <Plus aria-hidden="true" />
            {t('myHospital.tags.add')}
          </Button>
        </div>
        {hint ? (
          <p id={`${id}-hint`} className="text-sm text-ink-muted">
            {hint}
          </p>
        ) : null}
        {problem || error ? (
          <p id={`${id}-error`} className="text-sm font-medium text-danger-700">
            {problem ?? error}
          </p>
        ) : null}
      </div>
      {value.length === 0 ? (
        <p className="text-sm text-ink-muted">{t('myHospital.tags.none')}</p>
      ) : (
        <ul className="flex flex-wrap gap-2" aria-label={listLabel}>
          {value.map((item) => (
            <li key={item}>
              <Badge tone="primary" className="py-1 pr-1 text-sm">
                {item}
                <button
                  type="button"
                  className="inline-flex size-6 cursor-pointer items-center justify-center rounded-full hover:bg-primary-100 focus-visible:outline-2 focus-visible:outline-primary-600"
                  aria-label={t('myHospital.tags.remove', { text: item })}
                  onClick={() => onChange(value.filter((other) => other !== item))}
                >
                  <X className="size-3.5" aria-hidden="true" />
                </button>
              </Badge>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
