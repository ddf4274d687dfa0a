import { zodResolver } from '@hookform/resolvers/zod'
import {
  applyServerFieldErrors,
  Button,
  Field,
  FormError,
  Input,
  PasswordInput,
  readServerError,
  TRANSLATED,
  useFieldErrorText,
  useServerErrorText,
  useSignedIn,
} from '@medbook/ui'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useTRPC } from '../../lib/trpc'
import { type AcceptInvitationValues, emptyAsUndefined, ZAcceptInvitationForm } from './accept-invitation-schema'

const FIELDS = ['lastName', 'firstName', 'licenseNumber', 'phoneNumber', 'password'] as const

interface AcceptInvitationFormProps {
  token: string
  email: string
  /** the invitation was used or expired while the form was open */
  onGone: () => void
}

export function AcceptInvitationForm({ token, email, onGone }: AcceptInvitationFormProps) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const navigate = useNavigate()
  const signedIn = useSignedIn()
  const fieldError = useFieldErrorText()
  const serverErrorText = useServerErrorText()
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<AcceptInvitationValues>({
    resolver: zodResolver(ZAcceptInvitationForm, undefined, { raw: true }),
    defaultValues: { token, lastName: '', firstName: '', licenseNumber: '', password: '', confirmPassword: '' },
  })
  const { errors } = form.formState

  const accept = useMutation(
    trpc.auth.acceptInvitation.mutationOptions({
      onSuccess: async (result) => {
        signedIn(result.user)
        // a new doctor waits for an administrator to check the licence
        await navigate('/profile', { replace: true, state: { pendingApproval: true } })
      },
      onError: (error) => {
        const { code, details } = readServerError(error)
        if (code === 'NOT_FOUND') return onGone()
        if (code === 'CONFLICT' && details.field === 'licenseNumber') {
          const message = t('invitation.errors.licenseTaken')
          return form.setError('licenseNumber', { type: TRANSLATED, message }, { shouldFocus: true })
        }
        if (code === 'CONFLICT' && details.field === 'phoneNumber') {
          const message = t('invitation.errors.phoneTaken')
          return form.setError('phoneNumber', { type: TRANSLATED, message }, { shouldFocus: true })
        }
        if (applyServerFieldErrors(error, form.setError, FIELDS) === 0) setFormError(serverErrorText(error))
      },
    }),
  )

  return (
    <form
      noValidate
      className="flex flex-col gap-5"
      onSubmit={form.handleSubmit(({ confirmPassword: _confirm, ...values }) => {
        setFormError(null)
        accept.mutate(values)
      })}
    >
      {/* lets password managers file the new password under the invited email */}
      <input type="email" name="username" autoComplete="username" value={email} hidden readOnly />
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label={t('auth.fields.lastName')} error={fieldError(errors.lastName)}>
          <Input autoComplete="family-name" {...form.register('lastName')} />
        </Field>
        <Field label={t('auth.fields.firstName')} error={fieldError(errors.firstName)}>
          <Input autoComplete="given-name" {...form.register('firstName')} />
        </Field>
      </div>
      <Field
        label={t('invitation.fields.licenseNumber')}
        hint={t('invitation.fields.licenseHint')}
        error={fieldError(errors.licenseNumber)}
      >
        <Input autoComplete="off" spellCheck={false} {...form.register('licenseNumber')} />
      </Field>
      <Field
        label={t('invitation.fields.phone')}
        hint={t('invitation.fields.phoneHint')}
        error={fieldError(errors.phoneNumber)}
      >
        <Input
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          {...form.register('phoneNumber', { setValueAs: emptyAsUndefined })}
        />
      </Field>
      <Field label={t('auth.fields.password')} hint={t('auth.fields.passwordHint')} error={fieldError(errors.password)}>
        <PasswordInput autoComplete="new-password" {...form.register('password')} />
      </Field>
      <Field label={t('auth.fields.confirmPassword')} error={fieldError(errors.confirmPassword)}>
        <PasswordInput autoComplete="new-password" {...form.register('confirmPassword')} />
      </Field>
      <FormError message={formError} />
      <Button type="submit" size="lg" className="w-full" loading={accept.isPending}>
        {t('invitation.submit')}
      </Button>
    </form>
  )
}
