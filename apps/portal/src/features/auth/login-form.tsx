import { zodResolver } from '@hookform/resolvers/zod'
import { ZLoginInput } from '@medbook/contracts'
import {
  applyServerFieldErrors,
  Button,
  Field,
  Input,
  Notice,
  PasswordInput,
  readServerError,
  serverErrorReason,
  useFieldErrorText,
  useServerErrorText,
} from '@medbook/ui'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import type { z } from 'zod'
import { useTRPC } from '../../lib/trpc'
import { savePendingRegistration } from '../register-hospital/pending-registration'
import { useSignedIn } from './use-session'

type LoginValues = z.input<typeof ZLoginInput>

export function LoginForm() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const navigate = useNavigate()
  const signedIn = useSignedIn()
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
      onSuccess: (result) => signedIn(result.user),
      onError: (error, input) => {
        const { code } = readServerError(error)
        const reason = serverErrorReason(error)
        if (code === 'UNAUTHORIZED') return setFormError(t('auth.errors.wrongCredentials'))
        if (code === 'FORBIDDEN' && reason === 'blocked') return setFormError(t('auth.errors.blocked'))
        if (code === 'FORBIDDEN' && reason === 'inactive') return setFormError(t('auth.errors.inactive'))
        if (code === 'FORBIDDEN' && reason === 'unverified') {
          // a hospital registered but never verified: on to the code screen, where a new code can be sent
          savePendingRegistration({ email: input.identifier, sentTo: null, codeExpiresAt: null, sentAt: null })
          return void navigate('/register-hospital/verify')
        }
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
      <Field label={t('auth.fields.identifier')} error={fieldError(errors.identifier)}>
        <Input
          autoComplete="username"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          {...form.register('identifier')}
        />
      </Field>
      <Field label={t('auth.fields.password')} error={fieldError(errors.password)}>
        <PasswordInput autoComplete="current-password" {...form.register('password')} />
      </Field>
      <div className="-mt-2 flex justify-end">
        <Link
          to="/forgot-password"
          className="text-sm font-semibold text-primary-700 underline-offset-4 hover:underline"
        >
          {t('auth.login.forgotPassword')}
        </Link>
      </div>
      {formError ? (
        <Notice tone="danger" role="alert">
          {formError}
        </Notice>
      ) : null}
      <Button type="submit" size="lg" className="w-full" loading={login.isPending}>
        {t('auth.login.submit')}
      </Button>
    </form>
  )
}
