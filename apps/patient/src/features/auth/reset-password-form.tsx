import { zodResolver } from '@hookform/resolvers/zod'
import {
  applyServerFieldErrors,
  Button,
  buttonClassName,
  Field,
  Notice,
  PasswordInput,
  readServerError,
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
import { loginPath } from './auth-paths'
import { ZResetPasswordForm } from './new-password-schema'

type ResetValues = z.input<typeof ZResetPasswordForm>

function InvalidLink() {
  const { t } = useTranslation()
  return (
    <Notice
      tone="danger"
      role="alert"
      title={t('auth.reset.invalidTitle')}
      action={
        <Link to="/forgot-password" className={buttonClassName('secondary', 'sm')}>
          {t('auth.reset.requestNew')}
        </Link>
      }
    >
      {t('auth.reset.invalid')}
    </Notice>
  )
}

export function ResetPasswordForm({ token }: { token: string }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const navigate = useNavigate()
  const fieldError = useFieldErrorText()
  const serverErrorText = useServerErrorText()
  const [formError, setFormError] = useState<string | null>(null)
  const [linkInvalid, setLinkInvalid] = useState(token.length < 20)
  const form = useForm<ResetValues>({
    resolver: zodResolver(ZResetPasswordForm, undefined, { raw: true }),
    defaultValues: { token, password: '', confirmPassword: '' },
  })
  const { errors } = form.formState

  const reset = useMutation(
    trpc.auth.resetPassword.mutationOptions({
      onSuccess: () => void navigate(loginPath({ reason: 'password-reset' }), { replace: true }),
      onError: (error) => {
        const { code, fieldErrors } = readServerError(error)
        if (code === 'BAD_REQUEST' && Object.keys(fieldErrors).length === 0) return setLinkInvalid(true)
        if (applyServerFieldErrors(error, form.setError, ['password']) === 0) setFormError(serverErrorText(error))
      },
    }),
  )

  if (linkInvalid) return <InvalidLink />

  return (
    <form
      noValidate
      className="flex flex-col gap-5"
      onSubmit={form.handleSubmit(({ token, password }) => {
        setFormError(null)
        reset.mutate({ token, password })
      })}
    >
      <Field
        label={t('auth.fields.newPassword')}
        hint={t('auth.fields.passwordHint')}
        error={fieldError(errors.password)}
      >
        <PasswordInput autoComplete="new-password" {...form.register('password')} />
      </Field>
      <Field label={t('auth.fields.confirmPassword')} error={fieldError(errors.confirmPassword)}>
        <PasswordInput autoComplete="new-password" {...form.register('confirmPassword')} />
      </Field>
      {formError ? (
        <Notice tone="danger" role="alert">
          {formError}
        </Notice>
      ) : null}
      <Button type="submit" size="lg" className="w-full" loading={reset.isPending}>
        {t('auth.reset.submit')}
      </Button>
    </form>
  )
}
