import { Button, Field, Input, useFieldErrorText } from '@medbook/ui'
import { Plus, Trash2 } from 'lucide-react'
import { type UseFormReturn, useFieldArray } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { emptyAsUndefined, type MedicalValues } from './medical-schema'

/** Medicines taken now or recently, with dose and schedule. */
export function MedicationFields({ form }: { form: UseFormReturn<MedicalValues> }) {
  const { t } = useTranslation()
  const fieldError = useFieldErrorText()
  const entries = useFieldArray({ control: form.control, name: 'medications' })
  const errors = form.formState.errors.medications

  return (
    <div className="flex flex-col gap-4">
      {entries.fields.length === 0 ? <p className="text-sm text-ink-muted">{t('medical.medications.empty')}</p> : null}
      {entries.fields.map((entry, index) => (
        <fieldset key={entry.id} className="rounded-xl border border-border p-4">
          <legend className="px-1 text-sm font-semibold text-ink">
            {t('medical.medications.entry', { number: index + 1 })}
          </legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field
              label={t('medical.medications.name')}
              className="sm:col-span-2"
              error={fieldError(errors?.[index]?.name)}
            >
              <Input {...form.register(`medications.${index}.name`)} />
            </Field>
            <Field label={t('medical.medications.dosage')} error={fieldError(errors?.[index]?.dosage)}>
              <Input
                placeholder={t('medical.medications.dosagePlaceholder')}
                {...form.register(`medications.${index}.dosage`)}
              />
            </Field>
            <Field label={t('medical.medications.frequency')} error={fieldError(errors?.[index]?.frequency)}>
              <Input
                placeholder={t('medical.medications.frequencyPlaceholder')}
                {...form.register(`medications.${index}.frequency`)}
              />
            </Field>
            <Field label={t('medical.medications.startDate')} error={fieldError(errors?.[index]?.startDate)}>
              <Input
                type="date"
                {...form.register(`medications.${index}.startDate`, { setValueAs: emptyAsUndefined })}
              />
            </Field>
            <Field label={t('medical.medications.endDate')} error={fieldError(errors?.[index]?.endDate)}>
              <Input type="date" {...form.register(`medications.${index}.endDate`, { setValueAs: emptyAsUndefined })} />
            </Field>
          </div>
          <Button variant="ghost" size="sm" className="mt-3 text-danger-700" onClick={() => entries.remove(index)}>
            <Trash2 aria-hidden="true" />
            {t('medical.medications.remove', { number: index + 1 })}
          </Button>
        </fieldset>
      ))}
      <Button
        variant="subtle"
        className="self-start"
        onClick={() => entries.append({ name: '', dosage: '', frequency: '' })}
      >
        <Plus aria-hidden="true" />
        {t('medical.medications.add')}
      </Button>
    </div>
  )
}
