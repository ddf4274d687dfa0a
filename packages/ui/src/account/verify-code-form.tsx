import { zodResolver } from '@hookform/resolvers/zod'
import { type TSessionUser, ZVerifyAccountInput } from '@medbook/contracts'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { useTRPC } from '../api/trpc'
import { Button } from '../components/button'
import { Field } from '../components/field'
import { Input } from '../components/input'
import { FormError } from '../components/notice'
import { toast } from '../components/toaster'
import { applyServerFieldErrors, readServerError } from '../forms/server-error'
import { TRANSLATED, useFieldErrorText, useServerErrorText } from '../forms/use-error-text'
import { CodeExpiry } from './code-expiry'
import type { PendingVerification, PendingVerificationStore } from './pending-verification'
import { ResendCode } from './resend-code'

type VerifyValues = z.input<typeof ZVerifyAccountInput>

export interface VerifyCodeFormProps {
  pending: PendingVerification | null
  onPendingChange: (pending: PendingVerification) => void
  store: PendingVerificationStore
  /** patients sign up with an email or a phone number; a hospital with its work email */
  identifierKind: 'emailOrPhone' | 'workEmail'
  onVerified: (user: TSessionUser) => void | Promise<void>
}

/** The six-digit code that proves an address; verified, the account is signed in. */
export function VerifyCodeForm({ pending, onPendingChange, store, identifierKind, onVerified }: VerifyCodeFormProps) {
  const { t } = useTranslation('ui')
  const trpc = useTRPC()
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
      onSuccess: async (result) => {
        store.clear()
        toast(t('account.verify.welcome', { name: result.user.firstName }))
        await onVerified(result.user)
      },
      onError: (error) => {
        const { code, fieldErrors } = readServerError(error)
        if (code === 'BAD_REQUEST' && Object.keys(fieldErrors).length === 0) {
          form.setError('code', { type: TRANSLATED, message: t('account.verify.wrongCode') }, { shouldFocus: true })
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
        <Field
          label={t(identifierKind === 'workEmail' ? 'account.fields.workEmail' : 'account.fields.identifier')}
          error={fieldError(errors.identifier)}
        >
          <Input
            type={identifierKind === 'workEmail' ? 'email' : 'text'}
            autoComplete="username"
            inputMode="email"
            autoCapitalize="none"
            spellCheck={false}
            {...form.register('identifier')}
          />
        </Field>
      )}
      <Field
        label={t('account.verify.codeLabel')}
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
      <FormError message={formError} />
      <Button type="submit" size="lg" className="w-full" loading={verify.isPending}>
        {t('account.verify.submit')}
      </Button>
      <ResendCode
        pending={pending}
        store={store}
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
