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
import { useNavigate } from 'react-router'
import type { z } from 'zod'
import { useTRPC } from '../../lib/trpc'
import { homeFor } from '../auth/auth-paths'
import { useSignedIn } from '../auth/use-session'
import { CodeExpiry } from './code-expiry'
import { clearPendingRegistration, type PendingRegistration } from './pending-registration'
import { ResendCode } from './resend-code'

type VerifyValues = z.input<typeof ZVerifyAccountInput>

interface VerifyHospitalFormProps {
  pending: PendingRegistration | null
  onPendingChange: (pending: PendingRegistration) => void
}

export function VerifyHospitalForm({ pending, onPendingChange }: VerifyHospitalFormProps) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const navigate = useNavigate()
  const signedIn = useSignedIn()
  const fieldError = useFieldErrorText()
  const serverErrorText = useServerErrorText()
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<VerifyValues>({
    resolver: zodResolver(ZVerifyAccountInput, undefined, { raw: true }),
    defaultValues: { identifier: pending?.email ?? '', code: '' },
  })
  const { errors } = form.formState

  const verify = useMutation(
    trpc.auth.verifyAccount.mutationOptions({
      onSuccess: async (result) => {
        clearPendingRegistration()
        signedIn(result.user)
        toast(t('registerHospital.verify.welcome', { name: result.user.firstName }))
        // a new hospital waits for an administrator: its profile says so
        await navigate(result.user.role === 'patient' ? '/login' : homeFor(result.user), { replace: true })
      },
      onError: (error) => {
        const { code, fieldErrors } = readServerError(error)
        if (code === 'BAD_REQUEST' && Object.keys(fieldErrors).length === 0) {
          const message = t('registerHospital.verify.wrongCode')
          form.setError('code', { type: TRANSLATED, message }, { shouldFocus: true })
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
        <Field label={t('auth.fields.email')} error={fieldError(errors.identifier)}>
          <Input
            type="email"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            {...form.register('identifier')}
          />
        </Field>
      )}
      <Field
        label={t('registerHospital.verify.codeLabel')}
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
        {t('registerHospital.verify.submit')}
      </Button>
      <ResendCode
        pending={pending}
        email={() =>
          pending ? pending.email : form.trigger('identifier').then((ok) => (ok ? form.getValues('identifier') : null))
        }
        onSent={onPendingChange}
      />
    </form>
  )
}
