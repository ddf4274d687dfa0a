import { Field, Input, useFieldErrorText } from '@medbook/ui'
import type { UseFormReturn } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { MedicalValues } from './medical-schema'

export function EmergencyContactFields({ form }: { form: UseFormReturn<MedicalValues> }) {
  const { t } = useTranslation()
  const fieldError = useFieldErrorText()
  const errors = form.formState.errors.emergencyContact
  return (
    <div className="grid gap-5 sm:grid-cols-2">
      <Field label={t('medical.contact.name')} error={fieldError(errors?.name)}>
        <Input autoComplete="off" {...form.register('emergencyContact.name')} />
      </Field>
      <Field label={t('medical.contact.relationship')} error={fieldError(errors?.relationship)}>
        <Input
          placeholder={t('medical.contact.relationshipPlaceholder')}
          {...form.register('emergencyContact.relationship')}
        />
      </Field>
      <Field label={t('medical.contact.phone')} error={fieldError(errors?.phoneNumber)}>
        <Input type="tel" inputMode="tel" autoComplete="off" {...form.register('emergencyContact.phoneNumber')} />
      </Field>
    </div>
  )
}
