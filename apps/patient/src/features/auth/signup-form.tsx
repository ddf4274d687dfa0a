import { zodResolver } from '@hookform/resolvers/zod'
import { ZSignUpInput } from '@medbook/contracts'
import {
  applyServerFieldErrors,
  Button,
  Field,
  FormError,
  Input,
  PasswordInput,
  useFieldErrorText,
  useServerErrorText,
} from '@medbook/ui'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { z } from 'zod'
import { useTRPC } from '../../lib/trpc'
import { pendingVerification } from './pending-verification'

type SignUpValues = z.input<typeof ZSignUpInput>
const FIELDS = ['lastName', 'firstName', 'identifier', 'password'] as const

export function SignUpForm() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const navigate = useNavigate()
  const fieldError = useFieldErrorText()
  const serverErrorText = useServerErrorText()
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<SignUpValues>({
    resolver: zodResolver(ZSignUpInput, undefined, { raw: true }),
    defaultValues: { lastName: '', firstName: '', identifier: '', password: '' },
  })
  const { errors } = form.formState

  const signUp = useMutation(
    trpc.auth.signUp.mutationOptions({
      onSuccess: (result, input) => {
        pendingVerification.save({
          identifier: input.identifier,
          sentTo: result.sentTo,
          codeExpiresAt: result.codeExpiresAt.getTime(),
          sentAt: Date.now(),
        })
        void navigate('/verify')
      },
      onError: (error) => {
        if (applyServerFieldErrors(error, form.setError, FIELDS) === 0) setFormError(serverErrorText(error))
      },
    }),
  )

  return (
    <form
      noValidate
      className="flex flex-col gap-5"
      onSubmit={form.handleSubmit((values) => {
        setFormError(null)
        signUp.mutate(values)
      })}
    >
      <div className="grid grid-cols-2 gap-3 sm:gap-5">
        <Field label={t('auth.fields.lastName')} error={fieldError(errors.lastName)}>
          <Input autoComplete="family-name" {...form.register('lastName')} />
        </Field>
        <Field label={t('auth.fields.firstName')} error={fieldError(errors.firstName)}>
          <Input autoComplete="given-name" {...form.register('firstName')} />
        </Field>
      </div>
      <Field
        label={t('auth.fields.identifier')}
        hint={t('auth.signup.identifierHint')}
        error={fieldError(errors.identifier)}
      >
        <Input
          autoComplete="username"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          placeholder={t('auth.fields.identifierPlaceholder')}
          {...form.register('identifier')}
        />
      </Field>
      <Field label={t('auth.fields.password')} hint={t('auth.fields.passwordHint')} error={fieldError(errors.password)}>
        <PasswordInput autoComplete="new-password" {...form.register('password')} />
      </Field>
      <FormError message={formError} />
      <Button type="submit" size="lg" className="w-full" loading={signUp.isPending}>
        {t('auth.signup.submit')}
      </Button>
    </form>
  )
}
