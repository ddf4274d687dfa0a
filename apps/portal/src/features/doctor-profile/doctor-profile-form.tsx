import { zodResolver } from '@hookform/resolvers/zod'
import { type TDoctorSelfProfile, ZUpdateDoctorSelfProfileInput } from '@medbook/contracts'
import {
  applyServerFieldErrors,
  Button,
  Field,
  FormError,
  SectionCard,
  Textarea,
  toast,
  useFieldErrorText,
  useServerErrorText,
} from '@medbook/ui'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { useTRPC } from '../../lib/trpc'
import { LanguagesField } from '../roster/languages-field'
import { QualificationsFieldset } from '../roster/qualifications-fieldset'

const ZForm = ZUpdateDoctorSelfProfileInput.required()
type FormValues = z.input<typeof ZForm>
const FIELDS = ['biography', 'languages', 'qualifications'] as const

function valuesOf(profile: TDoctorSelfProfile): FormValues {
  return {
    biography: profile.biography ?? '',
    languages: [...profile.languages],
    qualifications: profile.qualifications.map((qualification) => ({ ...qualification })),
  }
}

/** What a doctor tells patients about themselves: biography, languages, qualifications. */
export function DoctorProfileForm({ profile }: { profile: TDoctorSelfProfile }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const fieldError = useFieldErrorText()
  const serverErrorText = useServerErrorText()
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<FormValues>({
    resolver: zodResolver(ZForm, undefined, { raw: true }),
    defaultValues: valuesOf(profile),
  })
  const { errors, isDirty } = form.formState
  const save = useMutation(
    trpc.doctorSelf.updateProfile.mutationOptions({
      onSuccess: async (saved) => {
        queryClient.setQueryData(trpc.doctorSelf.profile.queryKey(), saved)
        form.reset(valuesOf(saved))
        toast(t('doctorProfile.form.saved'))
        await queryClient.invalidateQueries({ queryKey: trpc.doctors.pathKey() })
      },
      onError: (error) => {
        if (applyServerFieldErrors(error, form.setError, FIELDS) === 0) setFormError(serverErrorText(error))
      },
    }),
  )

  return (
    <SectionCard title={t('doctorProfile.form.title')} description={t('doctorProfile.form.description')}>
      <form
        noValidate
        className="flex flex-col gap-6"
        onSubmit={form.handleSubmit(({ biography, ...values }) => {
          setFormError(null)
          save.mutate({ ...values, biography: biography?.trim() ? biography.trim() : null })
        })}
      >
        <Field
          label={t('doctorProfile.form.biography')}
          hint={t('doctorProfile.form.biographyHint')}
          error={fieldError(errors.biography ?? undefined)}
        >
          <Textarea rows={6} maxLength={4000} {...form.register('biography')} />
        </Field>

        <Controller
          control={form.control}
          name="languages"
          render={({ field }) => (
            <LanguagesField
              legend={t('doctorProfile.form.languages')}
              value={field.value}
              onChange={field.onChange}
              error={errors.languages ? t('doctorProfile.form.languagesError') : undefined}
            />
          )}
        />

        <QualificationsFieldset form={form} />

        <FormError message={formError} />
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button
            variant="secondary"
            disabled={!isDirty || save.isPending}
            onClick={() => {
              setFormError(null)
              form.reset(valuesOf(profile))
            }}
          >
            {t('doctorProfile.form.reset')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('doctorProfile.form.save')}
          </Button>
        </div>
      </form>
    </SectionCard>
  )
}
