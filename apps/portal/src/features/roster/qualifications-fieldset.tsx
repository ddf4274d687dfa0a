import { Button, Field, Input, useFieldErrorText } from '@medbook/ui'
import { Plus, Trash2 } from 'lucide-react'
import { type UseFormReturn, useFieldArray } from 'react-hook-form'
import { useTranslation } from 'react-i18next'

interface QualificationsValues {
  qualifications: { degree: string; institution: string; year: number }[]
}

const MAX_QUALIFICATIONS = 20

/**
 * A doctor's qualifications (degree, institution, year), one row each, in any form that has a
 * `qualifications` list: the roster's edit dialog and the doctor's own profile.
 */
export function QualificationsFieldset<T extends QualificationsValues>({ form }: { form: UseFormReturn<T> }) {
  // react-hook-form cannot type a path inside a generic form: this view of it names just the list
  const { control, register, formState } = form as unknown as UseFormReturn<QualificationsValues>
  const { t } = useTranslation()
  const fieldError = useFieldErrorText()
  const qualifications = useFieldArray({ control, name: 'qualifications' })
  const yearError = (error: { type?: string | number; message?: string } | undefined) =>
    error ? (error.type === 'server' ? fieldError(error) : t('roster.qualifications.yearError')) : undefined

  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="text-sm font-medium text-ink">{t('roster.qualifications.legend')}</legend>
      {qualifications.fields.length === 0 ? (
        <p className="text-sm text-ink-muted">{t('roster.qualifications.none')}</p>
      ) : (
        <ol className="flex flex-col gap-3">
          {qualifications.fields.map((item, index) => {
            const rowErrors = formState.errors.qualifications?.[index]
            return (
              <li key={item.id}>
                <fieldset className="grid gap-3 rounded-xl border border-border p-3 sm:grid-cols-[1fr_1fr_7rem_auto] sm:items-start">
                  <legend className="sr-only">{t('roster.qualifications.rowN', { index: index + 1 })}</legend>
                  <Field label={t('roster.qualifications.degree')} error={fieldError(rowErrors?.degree)}>
                    <Input maxLength={200} {...register(`qualifications.${index}.degree`)} />
                  </Field>
                  <Field label={t('roster.qualifications.institution')} error={fieldError(rowErrors?.institution)}>
                    <Input maxLength={200} {...register(`qualifications.${index}.institution`)} />
                  </Field>
                  <Field label={t('roster.qualifications.year')} error={yearError(rowErrors?.year)}>
                    <Input
                      type="number"
                      inputMode="numeric"
                      min={1950}
                      max={2100}
                      {...register(`qualifications.${index}.year`, { valueAsNumber: true })}
                    />
                  </Field>
                  <Button
                    variant="ghost"
                    size="icon"
                    className="text-danger-700 sm:mt-[1.625rem]"
                    aria-label={t('roster.qualifications.remove', { index: index + 1 })}
                    onClick={() => qualifications.remove(index)}
                  >
                    <Trash2 aria-hidden="true" />
                  </Button>
                </fieldset>
              </li>
            )
          })}
        </ol>
      )}
      <Button
        variant="secondary"
        size="sm"
        className="self-start"
        disabled={qualifications.fields.length >= MAX_QUALIFICATIONS}
        onClick={() => qualifications.append({ degree: '', institution: '', year: new Date().getFullYear() })}
      >
        <Plus aria-hidden="true" />
        {t('roster.qualifications.add')}
      </Button>
    </fieldset>
  )
}
