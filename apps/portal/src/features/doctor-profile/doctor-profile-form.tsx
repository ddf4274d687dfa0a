import { zodResolver } from '@hookform/resolvers/zod'
import { type TDoctorSelfProfile, ZUpdateDoctorSelfProfileInput } from '@medbook/contracts'
import {
  applyServerFieldErrors,
  Button,
  Field,
  Input,
  Notice,
  SectionCard,
  Textarea,
  toast,
  useFieldErrorText,
  useServerErrorText,
} from '@medbook/ui'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Plus, Trash2 } from 'lucide-react'
import { useState } from 'react'
import { Controller, useFieldArray, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { useTRPC } from '../../lib/trpc'
import { LanguagesField } from '../roster/languages-field'

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
  const qualifications = useFieldArray({ control: form.control, name: 'qualifications' })
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
  const yearError = (error: { type?: string | number; message?: string } | undefined) =>
    error ? (error.type === 'server' ? fieldError(error) : t('doctorProfile.form.yearError')) : undefined

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

        <fieldset className="flex flex-col gap-3">
          <legend className="text-sm font-medium text-ink">{t('doctorProfile.form.qualifications')}</legend>
          {qualifications.fields.length === 0 ? (
            <p className="text-sm text-ink-muted">{t('doctorProfile.form.noQualifications')}</p>
          ) : (
            <ol className="flex flex-col gap-3">
              {qualifications.fields.map((item, index) => {
                const rowErrors = errors.qualifications?.[index]
                return (
                  <li
                    key={item.id}
                    className="grid gap-3 rounded-xl border border-border p-3 sm:grid-cols-[1fr_1fr_7rem_auto] sm:items-start"
                  >
                    <Field label={t('doctorProfile.form.degree')} error={fieldError(rowErrors?.degree)}>
                      <Input maxLength={200} {...form.register(`qualifications.${index}.degree`)} />
                    </Field>
                    <Field label={t('doctorProfile.form.institution')} error={fieldError(rowErrors?.institution)}>
                      <Input maxLength={200} {...form.register(`qualifications.${index}.institution`)} />
                    </Field>
                    <Field label={t('doctorProfile.form.year')} error={yearError(rowErrors?.year)}>
                      <Input
                        type="number"
                        inputMode="numeric"
                        min={1950}
                        max={2100}
                        {...form.register(`qualifications.${index}.year`, { valueAsNumber: true })}
                      />
                    </Field>
                    <Button
                      variant="ghost"
                      size="icon"
                      className="text-danger-700 sm:mt-[1.625rem]"
                      aria-label={t('doctorProfile.form.removeQualification', { index: index + 1 })}
                      onClick={() => qualifications.remove(index)}
                    >
                      <Trash2 aria-hidden="true" />
                    </Button>
                  </li>
                )
              })}
            </ol>
          )}
          <Button
            variant="secondary"
            size="sm"
            className="self-start"
            disabled={qualifications.fields.length >= 20}
            onClick={() => qualifications.append({ degree: '', institution: '', year: new Date().getFullYear() })}
          >
            <Plus aria-hidden="true" />
            {t('doctorProfile.form.addQualification')}
          </Button>
        </fieldset>

        {formError ? (
          <Notice tone="danger" role="alert">
            {formError}
          </Notice>
        ) : null}
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
