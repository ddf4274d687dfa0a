import { zodResolver } from '@hookform/resolvers/zod'
import { type TSessionUser, ZLoginInput } from '@medbook/contracts'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { z } from 'zod'
import { useTRPC } from '../api/trpc'
import { Button } from '../components/button'
import { Field } from '../components/field'
import { Input } from '../components/input'
import { FormError } from '../components/notice'
import { PasswordInput } from '../components/password-input'
import { applyServerFieldErrors, readServerError, serverErrorReason } from '../forms/server-error'
import { useFieldErrorText, useServerErrorText } from '../forms/use-error-text'

type LoginValues = z.input<typeof ZLoginInput>

export interface LoginFormProps {
  onSignedIn: (user: TSessionUser) => void
  /** the account exists but was never verified: the app takes the reader to its code screen */
  onUnverified: (identifier: string) => void
}

/** Email or phone and password; the app's router resolves "/forgot-password" under its base. */
export function LoginForm({ onSignedIn, onUnverified }: LoginFormProps) {
  const { t } = useTranslation('ui')
  const trpc = useTRPC()
  const fieldError = useFieldErrorText()
  const serverErrorText = useServerErrorText()
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<LoginValues>({
    resolver: zodResolver(ZLoginInput, undefined, { raw: true }),
    defaultValues: { identifier: '', password: '' },
  })
  const { errors } = form.formState

  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: (result) => onSignedIn(result.user),
      onError: (error, input) => {
        const { code } = readServerError(error)
        const reason = serverErrorReason(error)
        if (code === 'UNAUTHORIZED') return setFormError(t('account.login.wrongCredentials'))
        if (code === 'FORBIDDEN' && reason === 'unverified') return onUnverified(input.identifier)
        if (code === 'FORBIDDEN' && reason === 'blocked') return setFormError(t('account.login.blocked'))
        if (code === 'FORBIDDEN' && reason === 'inactive') return setFormError(t('account.login.inactive'))
        if (applyServerFieldErrors(error, form.setError, ['identifier', 'password']) === 0) {
          setFormError(serverErrorText(error))
        }
      },
    }),
  )

  return (
    <form
      noValidate
      className="flex flex-col gap-5"
      onSubmit={form.handleSubmit((values) => {
        setFormError(null)
        login.mutate(values)
      })}
    >
      <Field label={t('account.fields.identifier')} error={fieldError(errors.identifier)}>
        <Input
          autoComplete="username"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          placeholder={t('account.fields.identifierPlaceholder')}
          {...form.register('identifier')}
        />
      </Field>
      <Field label={t('account.fields.password')} error={fieldError(errors.password)}>
        <PasswordInput autoComplete="current-password" {...form.register('password')} />
      </Field>
      <div className="-mt-2 flex justify-end">
        <Link
          to="/forgot-password"
          className="text-sm font-semibold text-primary-700 underline-offset-4 hover:underline"
        >
          {t('account.login.forgotPassword')}
        </Link>
      </div>
      <FormError message={formError} />
      <Button type="submit" size="lg" className="w-full" loading={login.isPending}>
        {t('account.login.submit')}
      </Button>
    </form>
  )
}
