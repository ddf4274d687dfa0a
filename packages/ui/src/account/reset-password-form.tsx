import { zodResolver } from '@hookform/resolvers/zod'
import { ZResetPasswordInput } from '@medbook/contracts'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { z } from 'zod'
import { useTRPC } from '../api/trpc'
import { Button, buttonClassName } from '../components/button'
import { FormError, Notice } from '../components/notice'
import { applyServerFieldErrors, readServerError } from '../forms/server-error'
import { useServerErrorText } from '../forms/use-error-text'
import { NewPasswordFields } from './new-password-fields'

/** The API's reset input plus a second copy of the password, which must match. */
const ZResetPasswordForm = ZResetPasswordInput.extend({ confirmPassword: z.string() }).refine(
  (values) => values.password === values.confirmPassword,
  { path: ['confirmPassword'], message: 'passwords_do_not_match' },
)
type ResetValues = z.input<typeof ZResetPasswordForm>

function InvalidLink() {
  const { t } = useTranslation('ui')
  return (
    <Notice
      tone="danger"
      role="alert"
      title={t('account.reset.invalidTitle')}
      action={
        <Link to="/forgot-password" className={buttonClassName('secondary', 'sm')}>
          {t('account.reset.requestNew')}
        </Link>
      }
    >
      {t('account.reset.invalid')}
    </Notice>
  )
}

export interface ResetPasswordFormProps {
  /** the single-use token from the emailed link */
  token: string
  /** the password is set: the app takes the reader to its login screen */
  onReset: () => void
}

export function ResetPasswordForm({ token, onReset }: ResetPasswordFormProps) {
  const { t } = useTranslation('ui')
  const trpc = useTRPC()
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
      onSuccess: onReset,
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
      <NewPasswordFields
        password={form.register('password')}
        confirmPassword={form.register('confirmPassword')}
        errors={errors}
      />
      <FormError message={formError} />
      <Button type="submit" size="lg" className="w-full" loading={reset.isPending}>
        {t('account.reset.submit')}
      </Button>
    </form>
  )
}
