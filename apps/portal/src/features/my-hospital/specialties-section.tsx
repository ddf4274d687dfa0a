import { zodResolver } from '@hookform/resolvers/zod'
import { type TMyHospitalProfile, ZUpdateHospitalProfileInput } from '@medbook/contracts'
import { ErrorState, SectionCard, Skeleton, useServerErrorText } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { useTRPC } from '../../lib/trpc'
import { SectionForm } from './section-form'
import { SpecialtyChecklist } from './specialty-checklist'
import { useProfileErrorText } from './use-profile-error-text'
import { useSaveProfile } from './use-save-profile'

const ZSpecialtiesForm = ZUpdateHospitalProfileInput.pick({ specialtyIds: true }).required()
type SpecialtiesValues = z.input<typeof ZSpecialtiesForm>

function valuesOf(profile: TMyHospitalProfile): SpecialtiesValues {
  return { specialtyIds: profile.specialties.map((specialty) => specialty.id) }
}

export function SpecialtiesSection({ profile }: { profile: TMyHospitalProfile }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const catalogue = useQuery(trpc.specialties.list.queryOptions())
  const fieldError = useProfileErrorText()
  const serverErrorText = useServerErrorText()
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<SpecialtiesValues>({
    resolver: zodResolver(ZSpecialtiesForm, undefined, { raw: true }),
    defaultValues: valuesOf(profile),
  })
  const { errors, isDirty } = form.formState
  const { save, pending } = useSaveProfile({
    onSaved: (saved) => form.reset(valuesOf(saved)),
    onError: (error) => setFormError(serverErrorText(error)),
  })

  return (
    <SectionCard title={t('myHospital.specialties.title')} description={t('myHospital.specialties.description')}>
      {catalogue.isError ? (
        <ErrorState onRetry={() => void catalogue.refetch()} retrying={catalogue.isRefetching} />
      ) : !catalogue.data ? (
        <Skeleton className="h-40 rounded-xl" />
      ) : (
        <SectionForm
          id="specialties"
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
            name="specialtyIds"
            render={({ field }) => (
              <SpecialtyChecklist
                legend={t('myHospital.specialties.legend')}
                options={catalogue.data}
                value={field.value}
                onChange={field.onChange}
                error={fieldError(errors.specialtyIds)}
              />
            )}
          />
        </SectionForm>
      )}
    </SectionCard>
  )
}
