import { zodResolver } from '@hookform/resolvers/zod'
import { ZRequestPasswordResetInput } from '@medbook/contracts'
import {
  applyServerFieldErrors,
  Button,
  Field,
  Input,
  Notice,
  useFieldErrorText,
  useServerErrorText,
} from '@medbook/ui'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { useTRPC } from '../../lib/trpc'

type ForgotValues = z.input<typeof ZRequestPasswordResetInput>

/** Reset by email: a single-use link, valid for 30 minutes. */
export function ForgotEmailForm() {
  const { t } = useTranslation()
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
      <Notice tone="success" role="status" title={t('auth.forgot.sentTitle')}>
        {t('auth.forgot.sent', { email: request.variables.email })}
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
        label={t('auth.fields.email')}
        hint={t('auth.forgot.emailHint')}
        error={fieldError(form.formState.errors.email)}
      >
        <Input type="email" autoComplete="email" spellCheck={false} {...form.register('email')} />
      </Field>
      {formError ? (
        <Notice tone="danger" role="alert">
          {formError}
        </Notice>
      ) : null}
      <Button type="submit" size="lg" className="w-full" loading={request.isPending}>
        {t('auth.forgot.submit')}
      </Button>
    </form>
  )
}
