import { zodResolver } from '@hookform/resolvers/zod'
import {
  applyServerFieldErrors,
  Button,
  Field,
  FormError,
  Input,
  PasswordInput,
  readServerError,
  Select,
  TRANSLATED,
  useFieldErrorText,
  useServerErrorText,
} from '@medbook/ui'
import { useMutation } from '@tanstack/react-query'
import { LocateFixed } from 'lucide-react'
import { type ReactNode, useCallback, useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useTRPC } from '../../lib/trpc'
import { pendingRegistration } from './pending-registration'
import {
  REGISTER_FIELDS,
  type RegisterHospitalOutput,
  type RegisterHospitalValues,
  ZRegisterHospitalForm,
} from './register-hospital-schema'
import { useCurrentPosition } from './use-current-position'

const EMPTY: RegisterHospitalValues = {
  hospitalName: '',
  hospitalType: 'clinic',
  registrationNumber: '',
  street: '',
  city: '',
  phoneNumber: '',
  latitude: '',
  longitude: '',
  lastName: '',
  firstName: '',
  email: '',
  password: '',
  confirmPassword: '',
}

function Section({ title, description, children }: { title: string; description: string; children: ReactNode }) {
  return (
    <fieldset className="flex min-w-0 flex-col gap-5">
      <legend className="mb-4 text-base font-semibold text-ink">
        {title}
        <span className="mt-0.5 block text-sm font-normal text-ink-muted">{description}</span>
      </legend>
      {children}
    </fieldset>
  )
}

export function RegisterHospitalForm() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const navigate = useNavigate()
  const fieldError = useFieldErrorText()
  const serverErrorText = useServerErrorText()
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<RegisterHospitalValues, unknown, RegisterHospitalOutput>({
    resolver: zodResolver(ZRegisterHospitalForm),
    defaultValues: EMPTY,
  })
  const { errors } = form.formState
  const fill = useCallback(
    (latitude: number, longitude: number) => {
      form.setValue('latitude', latitude.toFixed(6), { shouldValidate: true })
      form.setValue('longitude', longitude.toFixed(6), { shouldValidate: true })
    },
    [form],
  )
  const position = useCurrentPosition(fill)
  const typeOptions = (['clinic', 'hospital', 'specialized_center'] as const).map((value) => ({
    value,
    label: t(`hospitals.type.${value}`),
  }))

  const registration = useMutation(
    trpc.auth.registerHospital.mutationOptions({
      onSuccess: async (result, input) => {
        pendingRegistration.save({
          identifier: input.email,
          sentTo: result.sentTo,
          codeExpiresAt: result.codeExpiresAt.getTime(),
          sentAt: Date.now(),
        })
        await navigate('/register-hospital/verify')
      },
      onError: (error) => {
        const { code, details } = readServerError(error)
        if (code === 'CONFLICT' && details.field === 'registrationNumber') {
          const message = t('registerHospital.errors.registrationTaken')
          return form.setError('registrationNumber', { type: TRANSLATED, message }, { shouldFocus: true })
        }
        if (code === 'CONFLICT') {
          const message = t('registerHospital.errors.contactTaken')
          return form.setError('email', { type: TRANSLATED, message }, { shouldFocus: true })
        }
        if (applyServerFieldErrors(error, form.setError, REGISTER_FIELDS) === 0) setFormError(serverErrorText(error))
      },
    }),
  )

  return (
    <form
      noValidate
      className="flex flex-col gap-8"
      onSubmit={form.handleSubmit(({ confirmPassword: _confirm, ...values }) => {
        setFormError(null)
        registration.mutate(values)
      })}
    >
      <Section title={t('registerHospital.hospitalSection')} description={t('registerHospital.hospitalSectionHint')}>
        <Field label={t('registerHospital.fields.hospitalName')} error={fieldError(errors.hospitalName)}>
          <Input autoComplete="organization" {...form.register('hospitalName')} />
        </Field>
        <div className="grid gap-5 sm:grid-cols-2">
          <Controller
            control={form.control}
            name="hospitalType"
            render={({ field }) => (
              <Field label={t('registerHospital.fields.hospitalType')} error={fieldError(errors.hospitalType)}>
                <Select
                  options={typeOptions}
                  value={field.value}
                  onValueChange={field.onChange}
                  onBlur={field.onBlur}
                />
              </Field>
            )}
          />
          <Field
            label={t('registerHospital.fields.registrationNumber')}
            hint={t('registerHospital.fields.registrationHint')}
            error={fieldError(errors.registrationNumber)}
          >
            <Input autoCapitalize="characters" spellCheck={false} {...form.register('registrationNumber')} />
          </Field>
        </div>
        <Field label={t('registerHospital.fields.street')} error={fieldError(errors.street)}>
          <Input autoComplete="street-address" {...form.register('street')} />
        </Field>
        <div className="grid gap-5 sm:grid-cols-2">
          <Field label={t('registerHospital.fields.city')} error={fieldError(errors.city)}>
            <Input autoComplete="address-level1" {...form.register('city')} />
          </Field>
          <Field
            label={t('registerHospital.fields.phoneNumber')}
            hint={t('registerHospital.fields.phoneHint')}
            error={fieldError(errors.phoneNumber)}
          >
            <Input type="tel" autoComplete="tel" inputMode="tel" {...form.register('phoneNumber')} />
          </Field>
        </div>
        <div className="flex flex-col gap-3 rounded-xl bg-surface-muted/60 p-4">
          <div className="grid gap-5 sm:grid-cols-2">
            <Field label={t('registerHospital.fields.latitude')} error={fieldError(errors.latitude)}>
              <Input inputMode="decimal" placeholder="21.0285" spellCheck={false} {...form.register('latitude')} />
            </Field>
            <Field label={t('registerHospital.fields.longitude')} error={fieldError(errors.longitude)}>
              <Input inputMode="decimal" placeholder="105.8542" spellCheck={false} {...form.register('longitude')} />
            </Field>
          </div>
          <p className="text-sm text-ink-muted">{t('registerHospital.fields.locationHint')}</p>
          <Button
            type="button"
            variant="secondary"
            size="sm"
            className="self-start"
            loading={position.status === 'locating'}
            onClick={position.locate}
          >
            {position.status === 'locating' ? null : <LocateFixed aria-hidden="true" />}
            {t('registerHospital.useMyLocation')}
          </Button>
          <p role="status" className="text-sm text-danger-700">
            {position.status === 'failed' ? t('registerHospital.locationFailed') : ''}
          </p>
        </div>
      </Section>

      <Section title={t('registerHospital.accountSection')} description={t('registerHospital.accountSectionHint')}>
        <div className="grid gap-5 sm:grid-cols-2">
          <Field label={t('auth.fields.lastName')} error={fieldError(errors.lastName)}>
            <Input autoComplete="family-name" {...form.register('lastName')} />
          </Field>
          <Field label={t('auth.fields.firstName')} error={fieldError(errors.firstName)}>
            <Input autoComplete="given-name" {...form.register('firstName')} />
          </Field>
        </div>
        <Field label={t('auth.fields.email')} error={fieldError(errors.email)}>
          <Input
            type="email"
            autoComplete="email"
            autoCapitalize="none"
            spellCheck={false}
            {...form.register('email')}
          />
        </Field>
        <div className="grid gap-5 sm:grid-cols-2">
          <Field
            label={t('auth.fields.password')}
            hint={t('auth.fields.passwordHint')}
            error={fieldError(errors.password)}
          >
            <PasswordInput autoComplete="new-password" {...form.register('password')} />
          </Field>
          <Field label={t('auth.fields.confirmPassword')} error={fieldError(errors.confirmPassword)}>
            <PasswordInput autoComplete="new-password" {...form.register('confirmPassword')} />
          </Field>
        </div>
      </Section>

      <FormError message={formError} />
      <Button type="submit" size="lg" className="w-full" loading={registration.isPending}>
        {t('registerHospital.submit')}
      </Button>
    </form>
  )
}
