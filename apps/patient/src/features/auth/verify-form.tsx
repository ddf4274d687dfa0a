import { zodResolver } from '@hookform/resolvers/zod'
import { ZVerifyAccountInput } from '@medbook/contracts'
import {
  applyServerFieldErrors,
  Button,
  Field,
  Input,
  Notice,
  readServerError,
  TRANSLATED,
  toast,
  useFieldErrorText,
  useServerErrorText,
} from '@medbook/ui'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { useTRPC } from '../../lib/trpc'
import { CodeExpiry } from './code-expiry'
import { clearPendingVerification, type PendingVerification } from './pending-verification'
import { ResendCode } from './resend-code'
import { useSignedIn } from './use-session'

type VerifyValues = z.input<typeof ZVerifyAccountInput>

interface VerifyFormProps {
  pending: PendingVerification | null
  onPendingChange: (pending: PendingVerification) => void
}

export function VerifyForm({ pending, onPendingChange }: VerifyFormProps) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const signedIn = useSignedIn()
  const fieldError = useFieldErrorText()
  const serverErrorText = useServerErrorText()
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<VerifyValues>({
    resolver: zodResolver(ZVerifyAccountInput, undefined, { raw: true }),
    defaultValues: { identifier: pending?.identifier ?? '', code: '' },
  })
  const { errors } = form.formState

  const verify = useMutation(
    trpc.auth.verifyAccount.mutationOptions({
      onSuccess: (result) => {
        clearPendingVerification()
        signedIn(result.user)
        toast(t('auth.verify.welcome', { name: result.user.firstName }))
      },
      onError: (error) => {
        const { code, fieldErrors } = readServerError(error)
        if (code === 'BAD_REQUEST' && Object.keys(fieldErrors).length === 0) {
          form.setError('code', { type: TRANSLATED, message: t('auth.errors.wrongCode') }, { shouldFocus: true })
          return
        }
        if (applyServerFieldErrors(error, form.setError, ['identifier', 'code']) === 0) {
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
        verify.mutate(values)
      })}
    >
      {pending ? null : (
        <Field label={t('auth.fields.identifier')} error={fieldError(errors.identifier)}>
          <Input
            autoComplete="username"
            inputMode="email"
            autoCapitalize="none"
            spellCheck={false}
            {...form.register('identifier')}
          />
        </Field>
      )}
      <Field
        label={t('auth.verify.codeLabel')}
        hint={<CodeExpiry expiresAt={pending?.codeExpiresAt ?? null} />}
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
      {formError ? (
        <Notice tone="danger" role="alert">
          {formError}
        </Notice>
      ) : null}
      <Button type="submit" size="lg" className="w-full" loading={verify.isPending}>
        {t('auth.verify.submit')}
      </Button>
      <ResendCode
        pending={pending}
        identifier={() =>
          pending
            ? pending.identifier
            : form.trigger('identifier').then((ok) => (ok ? form.getValues('identifier') : null))
        }
        onSent={onPendingChange}
      />
    </form>
  )
}
