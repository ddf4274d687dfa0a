import { zodResolver } from '@hookform/resolvers/zod'
import { type TMyHospitalProfile, ZHospitalType, ZUpdateHospitalProfileInput } from '@medbook/contracts'
import {
  applyServerFieldErrors,
  Field,
  Input,
  readServerError,
  SectionCard,
  Select,
  TRANSLATED,
  useServerErrorText,
} from '@medbook/ui'
import { useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { SectionForm } from './section-form'
import { useProfileErrorText } from './use-profile-error-text'
import { useSaveProfile } from './use-save-profile'

const ZGeneralForm = ZUpdateHospitalProfileInput.pick({ name: true, type: true, registrationNumber: true }).required()
type GeneralValues = z.input<typeof ZGeneralForm>
const FIELDS = ['name', 'type', 'registrationNumber'] as const

function valuesOf(profile: TMyHospitalProfile): GeneralValues {
  return { name: profile.name, type: profile.type, registrationNumber: profile.registrationNumber }
}

export function GeneralSection({ profile }: { profile: TMyHospitalProfile }) {
  const { t } = useTranslation()
  const fieldError = useProfileErrorText()
  const serverErrorText = useServerErrorText()
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<GeneralValues>({
    resolver: zodResolver(ZGeneralForm, undefined, { raw: true }),
    defaultValues: valuesOf(profile),
  })
  const { errors, isDirty } = form.formState
  const { save, pending } = useSaveProfile({
    onSaved: (saved) => form.reset(valuesOf(saved)),
    onError: (error) => {
      const { code, details } = readServerError(error)
      if (code === 'CONFLICT' && details.field === 'registrationNumber') {
        const message = t('myHospital.general.registrationTaken')
        return form.setError('registrationNumber', { type: TRANSLATED, message }, { shouldFocus: true })
      }
      if (applyServerFieldErrors(error, form.setError, FIELDS) === 0) setFormError(serverErrorText(error))
    },
  })
  const typeOptions = ZHospitalType.options.map((type) => ({ value: type, label: t(`hospitals.type.${type}`) }))

  return (
    <SectionCard title={t('myHospital.general.title')} description={t('myHospital.general.description')}>
      <SectionForm
        id="general"
        dirty={isDirty}
        pending={pending}
        formError={formError}
        onDiscard={() => form.reset(valuesOf(profile))}
        onSubmit={form.handleSubmit((values) => {
          setFormError(null)
          save(values)
        })}
      >
        <div className="grid gap-5 sm:grid-cols-2">
          <Field label={t('myHospital.general.name')} className="sm:col-span-2" error={fieldError(errors.name)}>
            <Input autoComplete="organization" maxLength={200} {...form.register('name')} />
          </Field>
          <Controller
            control={form.control}
            name="type"
            render={({ field }) => (
              <Field label={t('myHospital.general.type')} error={fieldError(errors.type)}>
                <Select
                  options={typeOptions}
                  value={field.value}
                  onValueChange={field.onChange}
                  onBlur={field.onBlur}
                  ref={field.ref}
                />
              </Field>
            )}
          />
          <Field
            label={t('myHospital.general.registrationNumber')}
            hint={t('myHospital.general.registrationHint')}
            error={fieldError(errors.registrationNumber)}
          >
            <Input autoComplete="off" spellCheck={false} maxLength={50} {...form.register('registrationNumber')} />
          </Field>
        </div>
      </SectionForm>
    </SectionCard>
  )
}
