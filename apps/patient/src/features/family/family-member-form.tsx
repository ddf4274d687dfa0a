import { zodResolver } from '@hookform/resolvers/zod'
import { type TFamilyMember, ZFamilyMemberInput } from '@medbook/contracts'
import {
  applyServerFieldErrors,
  Button,
  DialogClose,
  emptyAsNull,
  Field,
  FormError,
  formatPhone,
  Input,
  NOT_STATED,
  Select,
  todayIso,
  toGender,
  useFieldErrorText,
  useGenderOptions,
  useServerErrorText,
} from '@medbook/ui'
import { useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { toRelationship, useRelationshipOptions } from './use-relationship-options'

export type FamilyMemberValues = z.input<typeof ZFamilyMemberInput>
const FIELDS = ['relationship', 'lastName', 'firstName', 'dateOfBirth', 'gender', 'phoneNumber'] as const

interface FamilyMemberFormProps {
  member?: TFamilyMember
  pending: boolean
  onSubmit: (values: FamilyMemberValues) => Promise<unknown>
}

/** Add or edit one relative. Errors from the server land on their fields. */
export function FamilyMemberForm({ member, pending, onSubmit }: FamilyMemberFormProps) {
  const { t } = useTranslation()
  const fieldError = useFieldErrorText()
  const serverErrorText = useServerErrorText()
  const genderOptions = useGenderOptions()
  const relationshipOptions = useRelationshipOptions()
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<FamilyMemberValues>({
    resolver: zodResolver(ZFamilyMemberInput, undefined, { raw: true }),
    defaultValues: {
      relationship: member?.relationship,
      lastName: member?.lastName ?? '',
      firstName: member?.firstName ?? '',
      dateOfBirth: member?.dateOfBirth ?? null,
      gender: member?.gender ?? null,
      phoneNumber: member?.phoneNumber ? formatPhone(member.phoneNumber) : null,
    },
  })
  const { errors } = form.formState

  return (
    <form
      noValidate
      className="mt-6 flex flex-col gap-5"
      onSubmit={form.handleSubmit(async (values) => {
        setFormError(null)
        await onSubmit(values).catch((error: unknown) => {
          if (applyServerFieldErrors(error, form.setError, FIELDS) === 0) setFormError(serverErrorText(error))
        })
      })}
    >
      <Controller
        control={form.control}
        name="relationship"
        render={({ field }) => (
          <Field label={t('family.form.relationship')} error={fieldError(errors.relationship)}>
            <Select
              options={relationshipOptions}
              value={field.value ?? ''}
              placeholder={t('family.form.relationshipPlaceholder')}
              onValueChange={(value) => field.onChange(toRelationship(value))}
              onBlur={field.onBlur}
            />
          </Field>
        )}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label={t('auth.fields.lastName')} error={fieldError(errors.lastName)}>
          <Input autoComplete="off" {...form.register('lastName')} />
        </Field>
        <Field label={t('auth.fields.firstName')} error={fieldError(errors.firstName)}>
          <Input autoComplete="off" {...form.register('firstName')} />
        </Field>
        <Field label={t('account.profile.dateOfBirth')} error={fieldError(errors.dateOfBirth)}>
          <Input type="date" max={todayIso()} {...form.register('dateOfBirth', { setValueAs: emptyAsNull })} />
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
          label={t('family.form.phone')}
          hint={t('family.form.phoneHint')}
          className="sm:col-span-2"
          error={fieldError(errors.phoneNumber)}
        >
          <Input
            type="tel"
            inputMode="tel"
            autoComplete="off"
            {...form.register('phoneNumber', { setValueAs: emptyAsNull })}
          />
        </Field>
      </div>
      <FormError message={formError} />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <DialogClose asChild>
          <Button variant="secondary" disabled={pending}>
            {t('family.form.cancel')}
          </Button>
        </DialogClose>
        <Button type="submit" loading={pending}>
          {member ? t('family.form.saveChanges') : t('family.form.add')}
        </Button>
      </div>
    </form>
  )
}
