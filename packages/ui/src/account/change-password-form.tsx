import { zodResolver } from '@hookform/resolvers/zod'
import { ZChangePasswordInput } from '@medbook/contracts'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { useTRPC } from '../api/trpc'
import { Button } from '../components/button'
import { Field } from '../components/field'
import { FormError } from '../components/notice'
import { PasswordInput } from '../components/password-input'
import { SectionCard } from '../components/section-card'
import { toast } from '../components/toaster'
import { applyServerFieldErrors, readServerError } from '../forms/server-error'
import { TRANSLATED, useFieldErrorText, useServerErrorText } from '../forms/use-error-text'
import { NewPasswordFields } from './new-password-fields'

const ZChangePasswordForm = ZChangePasswordInput.extend({ confirmPassword: z.string() }).refine(
  (values) => values.newPassword === values.confirmPassword,
  { path: ['confirmPassword'], message: 'passwords_do_not_match' },
)
type ChangePasswordValues = z.input<typeof ZChangePasswordForm>

const EMPTY: ChangePasswordValues = { currentPassword: '', newPassword: '', confirmPassword: '' }

export interface ChangePasswordFormProps {
  /** the account's email or phone: lets password managers file the new password under it */
  username: string
}

export function ChangePasswordForm({ username }: ChangePasswordFormProps) {
  const { t } = useTranslation('ui')
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const fieldError = useFieldErrorText()
  const serverErrorText = useServerErrorText()
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<ChangePasswordValues>({
    resolver: zodResolver(ZChangePasswordForm, undefined, { raw: true }),
    defaultValues: EMPTY,
  })
  const { errors } = form.formState

  const change = useMutation(
    trpc.auth.changePassword.mutationOptions({
      onSuccess: async () => {
        form.reset(EMPTY)
        toast(t('account.password.changed'), { description: t('account.password.changedDescription') })
        await queryClient.invalidateQueries({ queryKey: trpc.sessions.list.queryKey() })
      },
      onError: (error) => {
        const { details } = readServerError(error)
        if (details.field === 'currentPassword') {
          form.setError(
            'currentPassword',
            { type: TRANSLATED, message: t('account.password.wrongCurrent') },
            { shouldFocus: true },
          )
          return
        }
        if (applyServerFieldErrors(error, form.setError, ['currentPassword', 'newPassword']) === 0) {
          setFormError(serverErrorText(error))
        }
      },
    }),
  )

  return (
    <SectionCard title={t('account.password.title')} description={t('account.password.description')}>
      <form
        noValidate
        className="flex max-w-md flex-col gap-5"
        onSubmit={form.handleSubmit(({ currentPassword, newPassword }) => {
          setFormError(null)
          change.mutate({ currentPassword, newPassword })
        })}
      >
        <input type="text" name="username" autoComplete="username" value={username} hidden readOnly />
        <Field label={t('account.password.current')} error={fieldError(errors.currentPassword)}>
          <PasswordInput autoComplete="current-password" {...form.register('currentPassword')} />
        </Field>
        <NewPasswordFields
          password={form.register('newPassword')}
          confirmPassword={form.register('confirmPassword')}
          errors={{ password: errors.newPassword, confirmPassword: errors.confirmPassword }}
        />
        <FormError message={formError} />
        <Button type="submit" className="w-full sm:w-auto sm:self-start" loading={change.isPending}>
          {t('account.password.submit')}
        </Button>
      </form>
    </SectionCard>
  )
}
