import { zodResolver } from '@hookform/resolvers/zod'
import { type TMyHospitalProfile, ZUpdateHospitalProfileInput } from '@medbook/contracts'
import { SectionCard, useServerErrorText } from '@medbook/ui'
import { useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { SectionForm } from './section-form'
import { TagListInput } from './tag-list-input'
import { useProfileErrorText } from './use-profile-error-text'
import { useSaveProfile } from './use-save-profile'

const ZFacilitiesForm = ZUpdateHospitalProfileInput.pick({ facilities: true }).required()
type FacilitiesValues = z.input<typeof ZFacilitiesForm>

const valuesOf = (profile: TMyHospitalProfile): FacilitiesValues => ({ facilities: [...profile.facilities] })

export function FacilitiesSection({ profile }: { profile: TMyHospitalProfile }) {
  const { t } = useTranslation()
  const fieldError = useProfileErrorText()
  const serverErrorText = useServerErrorText()
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<FacilitiesValues>({
    resolver: zodResolver(ZFacilitiesForm, undefined, { raw: true }),
    defaultValues: valuesOf(profile),
  })
  const { errors, isDirty } = form.formState
  const { save, pending } = useSaveProfile({
    onSaved: (saved) => form.reset(valuesOf(saved)),
    onError: (error) => setFormError(serverErrorText(error)),
  })

  return (
    <SectionCard title={t('myHospital.facilities.title')} description={t('myHospital.facilities.description')}>
      <SectionForm
        id="facilities"
        dirty={isDirty}
        pending={pending}
        formError={formError}
        onDiscard={() => form.reset(valuesOf(profile))}
        onSubmit={form.handleSubmit((values) => {
          setFormError(null)
          save(values)
        })}
      >
        <Controller
          control={form.control}
          name="facilities"
          render={({ field }) => (
            <TagListInput
              label={t('myHospital.facilities.label')}
              listLabel={t('myHospital.facilities.listLabel')}
              hint={t('myHospital.facilities.hint')}
              value={field.value}
              onChange={field.onChange}
              maxItems={50}
              maxLength={100}
              error={fieldError(errors.facilities)}
            />
          )}
        />
      </SectionForm>
    </SectionCard>
  )
}
