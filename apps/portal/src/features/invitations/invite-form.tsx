import { zodResolver } from '@hookform/resolvers/zod'
import { ZInviteDoctorInput } from '@medbook/contracts'
import {
  applyServerFieldErrors,
  Button,
  Field,
  FormError,
  Input,
  readServerError,
  TRANSLATED,
  toast,
  useFieldErrorText,
  useServerErrorText,
} from '@medbook/ui'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Send } from 'lucide-react'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { useTRPC } from '../../lib/trpc'

type InviteValues = z.input<typeof ZInviteDoctorInput>

export function InviteForm() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const fieldError = useFieldErrorText()
  const serverErrorText = useServerErrorText()
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<InviteValues>({
    resolver: zodResolver(ZInviteDoctorInput, undefined, { raw: true }),
    defaultValues: { email: '' },
  })

  const invite = useMutation(
    trpc.invitations.invite.mutationOptions({
      onSuccess: async (invitation) => {
        form.reset({ email: '' })
        toast(t('invitations.sent', { email: invitation.email }))
        await queryClient.invalidateQueries({ queryKey: trpc.invitations.list.queryKey() })
      },
      onError: (error) => {
        if (readServerError(error).code === 'CONFLICT') {
          const message = t('invitations.emailTaken')
          return form.setError('email', { type: TRANSLATED, message }, { shouldFocus: true })
        }
        if (applyServerFieldErrors(error, form.setError, ['email']) === 0) setFormError(serverErrorText(error))
      },
    }),
  )

  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={form.handleSubmit((values) => {
        setFormError(null)
        invite.mutate(values)
      })}
    >
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <Field
          label={t('invitations.emailLabel')}
          hint={t('invitations.emailHint')}
          className="flex-1"
          error={fieldError(form.formState.errors.email)}
        >
          <Input type="email" autoComplete="off" spellCheck={false} {...form.register('email')} />
        </Field>
        <Button type="submit" className="sm:mt-[1.625rem]" loading={invite.isPending}>
          {invite.isPending ? null : <Send aria-hidden="true" />}
          {t('invitations.send')}
        </Button>
      </div>
      <FormError message={formError} />
    </form>
  )
}
