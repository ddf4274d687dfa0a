import { zodResolver } from '@hookform/resolvers/zod'
import { ZRequestPasswordResetInput } from '@medbook/contracts'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { useTRPC } from '../api/trpc'
import { Button } from '../components/button'
import { Field } from '../components/field'
import { Input } from '../components/input'
import { FormError, Notice } from '../components/notice'
import { applyServerFieldErrors } from '../forms/server-error'
import { useFieldErrorText, useServerErrorText } from '../forms/use-error-text'

type ForgotValues = z.input<typeof ZRequestPasswordResetInput>

export interface ForgotPasswordEmailFormProps {
  /** a patient's own email, or a hospital's work email: only the field's label differs */
  emailKind: 'email' | 'workEmail'
}

/** Reset by email: a single-use link, valid for 30 minutes; the answer never says whether the account exists. */
export function ForgotPasswordEmailForm({ emailKind }: ForgotPasswordEmailFormProps) {
  const { t } = useTranslation('ui')
  const trpc = useTRPC()
  const fieldError = useFieldErrorText()
  const serverErrorText = useServerErrorText()
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<ForgotValues>({
    resolver: zodResolver(ZRequestPasswordResetInput, undefined, { raw: true }),
    defaultValues: { email: '' },
  })
  const request = useMutation(
    trpc.auth.requestPasswordReset.mutationOptions({
      onError: (error) => {
        if (applyServerFieldErrors(error, form.setError, ['email']) === 0) setFormError(serverErrorText(error))
      },
    }),
  )

  if (request.isSuccess) {
    return (
      <Notice tone="success" role="status" title={t('account.forgot.sentTitle')}>
        {t('account.forgot.sent', { email: request.variables.email })}
      </Notice>
    )
  }
  return (
    <form
      noValidate
      className="flex flex-col gap-5"
      onSubmit={form.handleSubmit((values) => {
        setFormError(null)
        request.mutate(values)
      })}
    >
      <Field
        label={t(emailKind === 'workEmail' ? 'account.fields.workEmail' : 'account.fields.email')}
        hint={t('account.forgot.emailHint')}
        error={fieldError(form.formState.errors.email)}
      >
        <Input type="email" autoComplete="email" spellCheck={false} {...form.register('email')} />
      </Field>
      <FormError message={formError} />
      <Button type="submit" size="lg" className="w-full" loading={request.isPending}>
        {t('account.forgot.submit')}
      </Button>
    </form>
  )
}
