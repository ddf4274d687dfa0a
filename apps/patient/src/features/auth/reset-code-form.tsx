import { zodResolver } from '@hookform/resolvers/zod'
import {
  applyServerFieldErrors,
  Button,
  CodeExpiry,
  Field,
  FormError,
  Input,
  NewPasswordFields,
  ResendControl,
  type ResendStatus,
  readServerError,
  TRANSLATED,
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
import { loginPath } from './auth-paths'
import { ZResetWithCodeForm } from './new-password-schema'
import type { ResetCodeSent } from './reset-code-sent'

type ResetValues = z.input<typeof ZResetWithCodeForm>

interface ResetCodeFormProps {
  sent: ResetCodeSent
  onResent: (sent: ResetCodeSent) => void
}

/** The SMS code and a new password; every device signed in to the account is signed out. */
export function ResetCodeForm({ sent, onResent }: ResetCodeFormProps) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const navigate = useNavigate()
  const fieldError = useFieldErrorText()
  const serverErrorText = useServerErrorText()
  const [formError, setFormError] = useState<string | null>(null)
  const [resendStatus, setResendStatus] = useState<ResendStatus | null>(null)
  const form = useForm<ResetValues>({
    resolver: zodResolver(ZResetWithCodeForm, undefined, { raw: true }),
    defaultValues: { phone: sent.phone, code: '', newPassword: '', confirmPassword: '' },
  })
  const { errors } = form.formState

  const reset = useMutation(
    trpc.auth.resetPasswordWithCode.mutationOptions({
      onSuccess: () => void navigate(loginPath({ reason: 'password-reset' }), { replace: true }),
      onError: (error) => {
        const { code, fieldErrors } = readServerError(error)
        if (code === 'BAD_REQUEST' && Object.keys(fieldErrors).length === 0) {
          form.setError(
            'code',
            { type: TRANSLATED, message: t('account.verify.wrongCode', { ns: 'ui' }) },
            { shouldFocus: true },
          )
          return
        }
        if (applyServerFieldErrors(error, form.setError, ['code', 'newPassword']) === 0) {
          setFormError(serverErrorText(error))
        }
      },
    }),
  )
  const resend = useMutation(
    trpc.auth.requestPasswordResetCode.mutationOptions({
      onSuccess: (result) => {
        onResent({ ...sent, codeExpiresAt: result.codeExpiresAt.getTime(), sentAt: Date.now() })
        setResendStatus({ tone: 'success', text: t('auth.forgot.codeResent') })
      },
      onError: (error) => setResendStatus({ tone: 'danger', text: serverErrorText(error) }),
    }),
  )

  return (
    <form
      noValidate
      className="flex flex-col gap-5"
      onSubmit={form.handleSubmit(({ phone, code, newPassword }) => {
        setFormError(null)
        reset.mutate({ phone, code, newPassword })
      })}
    >
      {/* lets password managers file the new password under the phone number */}
      <input type="tel" name="username" autoComplete="username" value={sent.phone} hidden readOnly />
      <Field
        label={t('auth.forgot.codeLabel')}
        hint={<CodeExpiry expiresAt={sent.codeExpiresAt} />}
        error={fieldError(errors.code)}
      >
        <Input
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          placeholder="••••••"
          className="h-14 text-center font-mono text-2xl tracking-[0.4em] sm:text-2xl"
          {...form.register('code')}
        />
      </Field>
      <NewPasswordFields
        password={form.register('newPassword')}
        confirmPassword={form.register('confirmPassword')}
        errors={{ password: errors.newPassword, confirmPassword: errors.confirmPassword }}
      />
      <FormError message={formError} />
      <Button type="submit" size="lg" className="w-full" loading={reset.isPending}>
        {t('auth.reset.submit')}
      </Button>
      <ResendControl
        sentAt={sent.sentAt}
        loading={resend.isPending}
        status={resendStatus}
        onResend={() => {
          setResendStatus(null)
          resend.mutate({ phone: sent.phone })
        }}
      />
    </form>
  )
}
