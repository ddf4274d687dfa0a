import { zodResolver } from '@hookform/resolvers/zod'
import { ZRequestPasswordResetCodeInput } from '@medbook/contracts'
import {
  applyServerFieldErrors,
  Button,
  Field,
  FormError,
  Input,
  useFieldErrorText,
  useServerErrorText,
} from '@medbook/ui'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { useTRPC } from '../../lib/trpc'
import type { ResetCodeSent } from './reset-code-sent'

type PhoneValues = z.input<typeof ZRequestPasswordResetCodeInput>

/** Reset by phone: a six-digit code by SMS, for accounts that sign in with a phone number. */
export function ForgotPhoneForm({ onSent }: { onSent: (sent: ResetCodeSent) => void }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const fieldError = useFieldErrorText()
  const serverErrorText = useServerErrorText()
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<PhoneValues>({
    resolver: zodResolver(ZRequestPasswordResetCodeInput, undefined, { raw: true }),
    defaultValues: { phone: '' },
  })
  const request = useMutation(
    trpc.auth.requestPasswordResetCode.mutationOptions({
      onSuccess: (result, input) =>
        onSent({
          phone: input.phone,
          sentTo: result.sentTo,
          codeExpiresAt: result.codeExpiresAt.getTime(),
          sentAt: Date.now(),
        }),
      onError: (error) => {
        if (applyServerFieldErrors(error, form.setError, ['phone']) === 0) setFormError(serverErrorText(error))
      },
    }),
  )

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
        label={t('auth.fields.phone')}
        hint={t('auth.forgot.phoneHint')}
        error={fieldError(form.formState.errors.phone)}
      >
        <Input type="tel" inputMode="tel" autoComplete="tel" placeholder="0912 345 678" {...form.register('phone')} />
      </Field>
      <FormError message={formError} />
      <Button type="submit" size="lg" className="w-full" loading={request.isPending}>
        {t('auth.forgot.sendCode')}
      </Button>
    </form>
  )
}
