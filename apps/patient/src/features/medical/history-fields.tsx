import { Button, Field, Input, Textarea, todayIso, useFieldErrorText } from '@medbook/ui'
import { Plus, Trash2 } from 'lucide-react'
import { type UseFormReturn, useFieldArray } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { emptyAsUndefined, type MedicalValues } from './medical-schema'

/** Past and ongoing conditions: one box per condition, added and removed in place. */
export function HistoryFields({ form }: { form: UseFormReturn<MedicalValues> }) {
  const { t } = useTranslation()
  const fieldError = useFieldErrorText()
  const entries = useFieldArray({ control: form.control, name: 'medicalHistory' })
  const errors = form.formState.errors.medicalHistory

  return (
    <div className="flex flex-col gap-4">
      {entries.fields.length === 0 ? <p className="text-sm text-ink-muted">{t('medical.history.empty')}</p> : null}
      {entries.fields.map((entry, index) => (
        <fieldset key={entry.id} className="rounded-xl border border-border p-4">
          <legend className="px-1 text-sm font-semibold text-ink">
            {t('medical.history.entry', { number: index + 1 })}
          </legend>
          <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_11rem]">
            <Field label={t('medical.history.condition')} error={fieldError(errors?.[index]?.condition)}>
              <Input {...form.register(`medicalHistory.${index}.condition`)} />
            </Field>
            <Field label={t('medical.history.diagnosedDate')} error={fieldError(errors?.[index]?.diagnosedDate)}>
              <Input
                type="date"
                max={todayIso()}
                {...form.register(`medicalHistory.${index}.diagnosedDate`, { setValueAs: emptyAsUndefined })}
              />
            </Field>
            <Field
              label={t('medical.history.notes')}
              className="sm:col-span-2"
              error={fieldError(errors?.[index]?.notes)}
            >
              <Textarea rows={2} {...form.register(`medicalHistory.${index}.notes`)} />
            </Field>
          </div>
          <Button variant="ghost" size="sm" className="mt-3 text-danger-700" onClick={() => entries.remove(index)}>
            <Trash2 aria-hidden="true" />
            {t('medical.history.remove', { number: index + 1 })}
          </Button>
        </fieldset>
      ))}
      <Button variant="subtle" className="self-start" onClick={() => entries.append({ condition: '', notes: '' })}>
        <Plus aria-hidden="true" />
        {t('medical.history.add')}
      </Button>
    </div>
  )
}
