import { zodResolver } from '@hookform/resolvers/zod'
import { ZChangePasswordInput } from '@medbook/contracts'
import {
  applyServerFieldErrors,
  Button,
  Field,
  Notice,
  PasswordInput,
  readServerError,
  SectionCard,
  TRANSLATED,
  toast,
  useFieldErrorText,
  useServerErrorText,
} from '@medbook/ui'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { useTRPC } from '../../lib/trpc'
import { useSession } from '../auth/use-session'

const ZChangePasswordForm = ZChangePasswordInput.extend({ confirmPassword: z.string() }).refine(
  (values) => values.newPassword === values.confirmPassword,
  { path: ['confirmPassword'], message: 'passwords_do_not_match' },
)
type ChangePasswordValues = z.input<typeof ZChangePasswordForm>

const EMPTY: ChangePasswordValues = { currentPassword: '', newPassword: '', confirmPassword: '' }

export function ChangePasswordForm() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const user = useSession().data
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
        toast(t('security.password.changed'), { description: t('security.password.changedDescription') })
        await queryClient.invalidateQueries({ queryKey: trpc.sessions.list.queryKey() })
      },
      onError: (error) => {
        const { details } = readServerError(error)
        if (details.field === 'currentPassword') {
          form.setError(
            'currentPassword',
            { type: TRANSLATED, message: t('security.password.wrongCurrent') },
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
    <SectionCard title={t('security.password.title')} description={t('security.password.description')}>
      <form
        noValidate
        className="flex max-w-md flex-col gap-5"
        onSubmit={form.handleSubmit(({ currentPassword, newPassword }) => {
          setFormError(null)
          change.mutate({ currentPassword, newPassword })
        })}
      >
        {/* lets password managers file the new password under the right account */}
        <input
          type="text"
          name="username"
          autoComplete="username"
          value={user?.email ?? user?.phoneNumber ?? ''}
          hidden
          readOnly
        />
        <Field label={t('security.password.current')} error={fieldError(errors.currentPassword)}>
          <PasswordInput autoComplete="current-password" {...form.register('currentPassword')} />
        </Field>
        <Field
          label={t('auth.fields.newPassword')}
          hint={t('auth.fields.passwordHint')}
          error={fieldError(errors.newPassword)}
        >
          <PasswordInput autoComplete="new-password" {...form.register('newPassword')} />
        </Field>
        <Field label={t('auth.fields.confirmPassword')} error={fieldError(errors.confirmPassword)}>
          <PasswordInput autoComplete="new-password" {...form.register('confirmPassword')} />
        </Field>
        {formError ? (
          <Notice tone="danger" role="alert">
            {formError}
          </Notice>
        ) : null}
        <Button type="submit" className="w-full sm:w-auto sm:self-start" loading={change.isPending}>
          {t('security.password.submit')}
        </Button>
      </form>
    </SectionCard>
  )
}
