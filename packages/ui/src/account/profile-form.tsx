import { zodResolver } from '@hookform/resolvers/zod'
import { type TProfile, ZUpdateProfileInput } from '@medbook/contracts'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { useTRPC } from '../api/trpc'
import { Button } from '../components/button'
import { Field } from '../components/field'
import { Input } from '../components/input'
import { FormError } from '../components/notice'
import { SectionCard } from '../components/section-card'
import { Select } from '../components/select'
import { toast } from '../components/toaster'
import { applyServerFieldErrors } from '../forms/server-error'
import { useFieldErrorText, useServerErrorText } from '../forms/use-error-text'
import { formatPhone } from '../lib/format'
import { emptyAsNull, NOT_STATED, todayIso, toGender, useGenderOptions } from './gender-options'

type ProfileValues = z.input<typeof ZUpdateProfileInput>
const FIELDS = ['firstName', 'lastName', 'dateOfBirth', 'gender', 'address.street', 'address.city'] as const

function valuesOf(profile: TProfile): ProfileValues {
  return {
    firstName: profile.firstName,
    lastName: profile.lastName,
    dateOfBirth: profile.dateOfBirth,
    gender: profile.gender,
    address: { street: profile.address?.street ?? '', city: profile.address?.city ?? '' },
  }
}

/** The signed-in person's name, date of birth, gender and address: the same form in both apps. */
export function ProfileForm({ profile }: { profile: TProfile }) {
  const { t } = useTranslation('ui')
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const fieldError = useFieldErrorText()
  const serverErrorText = useServerErrorText()
  const genderOptions = useGenderOptions()
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<ProfileValues>({
    resolver: zodResolver(ZUpdateProfileInput, undefined, { raw: true }),
    defaultValues: valuesOf(profile),
  })
  const { errors } = form.formState

  const update = useMutation(
    trpc.profile.update.mutationOptions({
      onSuccess: async (saved) => {
        queryClient.setQueryData(trpc.profile.get.queryKey(), saved)
        form.reset(valuesOf(saved))
        toast(t('account.profile.saved'))
        await queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() })
      },
      onError: (error) => {
        if (applyServerFieldErrors(error, form.setError, FIELDS) === 0) setFormError(serverErrorText(error))
      },
    }),
  )

  return (
    <SectionCard title={t('account.profile.detailsTitle')} description={t('account.profile.detailsDescription')}>
      <dl className="mb-6 grid gap-4 rounded-xl bg-surface-muted/60 p-4 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-ink-muted">{t('account.profile.email')}</dt>
          <dd className="mt-0.5 font-medium break-all text-ink">{profile.email ?? t('account.profile.none')}</dd>
        </div>
        <div>
          <dt className="text-ink-muted">{t('account.profile.phone')}</dt>
          <dd className="mt-0.5 font-medium text-ink">
            {profile.phoneNumber ? formatPhone(profile.phoneNumber) : t('account.profile.none')}
          </dd>
        </div>
      </dl>
      <form
        noValidate
        className="flex flex-col gap-5"
        onSubmit={form.handleSubmit((values) => {
          setFormError(null)
          const address = values.address
          const hasAddress = Boolean(address?.street.trim() || address?.city.trim())
          update.mutate({ ...values, address: hasAddress ? address : null })
        })}
      >
        <div className="grid gap-5 sm:grid-cols-2">
          <Field label={t('account.fields.lastName')} error={fieldError(errors.lastName)}>
            <Input autoComplete="family-name" {...form.register('lastName')} />
          </Field>
          <Field label={t('account.fields.firstName')} error={fieldError(errors.firstName)}>
            <Input autoComplete="given-name" {...form.register('firstName')} />
          </Field>
          <Field label={t('account.profile.dateOfBirth')} error={fieldError(errors.dateOfBirth)}>
            <Input
              type="date"
              max={todayIso()}
              autoComplete="bday"
              {...form.register('dateOfBirth', { setValueAs: emptyAsNull })}
            />
          </Field>
          <Controller
            control={form.control}
            name="gender"
            render={({ field }) => (
              <Field label={t('account.profile.gender')} error={fieldError(errors.gender)}>
                <Select
                  options={genderOptions}
                  value={field.value ?? NOT_STATED}
                  onValueChange={(value) => field.onChange(toGender(value))}
                  onBlur={field.onBlur}
                />
              </Field>
            )}
          />
          <Field
            label={t('account.profile.street')}
            className="sm:col-span-2"
            error={fieldError(errors.address?.street)}
          >
            <Input autoComplete="street-address" {...form.register('address.street')} />
          </Field>
          <Field label={t('account.profile.city')} error={fieldError(errors.address?.city)}>
            <Input autoComplete="address-level1" {...form.register('address.city')} />
          </Field>
        </div>
        <FormError message={formError} />
        <div className="flex justify-end">
          <Button type="submit" className="w-full sm:w-auto" loading={update.isPending}>
            {t('account.profile.save')}
          </Button>
        </div>
      </form>
    </SectionCard>
  )
}
