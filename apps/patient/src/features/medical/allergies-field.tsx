import { Button, Field, Input, useFieldErrorText } from '@medbook/ui'
import { Plus, X } from 'lucide-react'
import { useState } from 'react'
import { type UseFormReturn, useController } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { MedicalValues } from './medical-schema'

const MAX_LENGTH = 100

/** Allergies as a list of short names: type one, press Enter or Add; each has its own remove button. */
export function AllergiesField({ form }: { form: UseFormReturn<MedicalValues> }) {
  const { t } = useTranslation()
  const fieldError = useFieldErrorText()
  const { field, fieldState } = useController({ control: form.control, name: 'allergies' })
  const [draft, setDraft] = useState('')
  const allergies = field.value ?? []

  function add() {
    const value = draft.trim()
    if (!value) return
    if (!allergies.some((item) => item.toLocaleLowerCase() === value.toLocaleLowerCase())) {
      field.onChange([...allergies, value])
    }
    setDraft('')
  }

  return (
    <div className="flex flex-col gap-3">
      {allergies.length > 0 ? (
        <ul className="flex flex-wrap gap-2" aria-label={t('medical.allergies.listLabel')}>
          {allergies.map((allergy) => (
            <li
              key={allergy}
              className="inline-flex items-center gap-1 rounded-full bg-warning-50 py-1 pr-1 pl-3 text-sm font-medium text-warning-800"
            >
              {allergy}
              <button
                type="button"
                className="inline-flex size-7 cursor-pointer items-center justify-center rounded-full hover:bg-warning-800/10"
                aria-label={t('medical.allergies.remove', { name: allergy })}
                onClick={() => field.onChange(allergies.filter((item) => item !== allergy))}
              >
                <X className="size-4" aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-ink-muted">{t('medical.allergies.empty')}</p>
      )}
      <Field
        label={t('medical.allergies.newLabel')}
        hint={t('medical.allergies.hint')}
        error={fieldError(fieldState.error)}
      >
        <Input
          value={draft}
          maxLength={MAX_LENGTH}
          placeholder={t('medical.allergies.placeholder')}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return
            event.preventDefault()
            add()
          }}
        />
      </Field>
      <Button variant="subtle" className="self-start" onClick={add} disabled={!draft.trim()}>
        <Plus aria-hidden="true" />
        {t('medical.allergies.add')}
      </Button>
    </div>
  )
}
