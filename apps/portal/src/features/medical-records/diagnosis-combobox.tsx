import { Badge, Input } from '@medbook/ui'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { useDebouncedCallback } from '../../lib/use-debounced-callback'

interface DiagnosisComboboxProps {
  label: string
  text: string
  code: string
  onChange: (text: string, code: string) => void
  disabled?: boolean
}

/**
 * A diagnosis in the doctor's words, or picked from the ICD-10 catalogue (searched by code or
 * name, accents optional). Typing after a pick drops the code: free text has none.
 */
export function DiagnosisCombobox({ label, text, code, onChange, disabled = false }: DiagnosisComboboxProps) {
  const { t, i18n } = useTranslation()
  const trpc = useTRPC()
  const id = useId()
  const listId = `${id}-list`
  const [open, setOpen] = useState(false)
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const search = useDebouncedCallback((value: string) => setQuery(value.trim()), 200)
  const options = useQuery({
    ...trpc.medicalRecords.diagnoses.queryOptions({ q: query }),
    enabled: open && !disabled,
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
  })
  const items = options.data ?? []
  const nameOf = (option: { vi: string; en: string }) => (i18n.language === 'en' ? option.en : option.vi)
  const pick = (index: number) => {
    const option = items[index]
    if (!option) return
    onChange(nameOf(option), option.code)
    setOpen(false)
  }
  const expanded = open && items.length > 0

  return (
    <div className="relative flex-1">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <div className="flex items-center gap-2">
        <Input
          id={id}
          role="combobox"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={expanded ? `${id}-option-${active}` : undefined}
          autoComplete="off"
          value={text}
          maxLength={300}
          disabled={disabled}
          placeholder={t('records.diagnosisPlaceholder')}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onChange={(event) => {
            onChange(event.target.value, '')
            search.call(event.target.value)
            setActive(0)
            setOpen(true)
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault()
              setOpen(true)
              setActive((current) => Math.min(current + 1, items.length - 1))
            } else if (event.key === 'ArrowUp') {
              event.preventDefault()
              setActive((current) => Math.max(current - 1, 0))
            } else if (event.key === 'Enter' && expanded) {
              event.preventDefault()
              pick(active)
            } else if (event.key === 'Escape') {
              setOpen(false)
            }
          }}
        />
        {code ? (
          <Badge tone="accent" className="shrink-0 tabular-nums" data-testid="icd10-code">
            {t('records.icdCode', { code })}
          </Badge>
        ) : null}
      </div>
      <div
        id={listId}
        role="listbox"
        aria-label={t('records.icdListLabel')}
        hidden={!expanded}
        className="absolute z-20 mt-1 max-h-64 w-full overflow-y-auto rounded-md border border-border bg-surface shadow-overlay"
      >
        {items.map((option, index) => (
          <div
            key={option.code}
            id={`${id}-option-${index}`}
            role="option"
            // focus stays in the input, which points at the active option (aria-activedescendant)
            tabIndex={-1}
            aria-selected={index === active}
            className={`cursor-pointer px-3 py-2 text-sm ${index === active ? 'bg-primary-50 text-ink' : 'text-ink'}`}
            // a mouse pick must land before the input's blur closes the list
            onMouseDown={(event) => {
              event.preventDefault()
              pick(index)
            }}
            onMouseEnter={() => setActive(index)}
          >
            <span className="font-semibold tabular-nums">{option.code}</span> · {nameOf(option)}
          </div>
        ))}
      </div>
    </div>
  )
}
