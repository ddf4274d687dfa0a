import { zodResolver } from '@hookform/resolvers/zod'
import { ZSetUserStatusInput, type ZUserSummary } from '@medbook/contracts'
import {
  ConfirmDialog,
  Field,
  fullName,
  Notice,
  Textarea,
  toast,
  useFieldErrorText,
  useServerErrorText,
} from '@medbook/ui'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { useTRPC } from '../../lib/trpc'
import type { StatusChange } from './status-actions'

type UserSummary = z.infer<typeof ZUserSummary>
type StatusValues = z.input<typeof ZSetUserStatusInput>

interface UserStatusDialogProps {
  user: UserSummary
  change: StatusChange
  onClose: () => void
}

/** Confirms a status change and records why: the reason goes to the activity log. */
export function UserStatusDialog({ user, change, onClose }: UserStatusDialogProps) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const fieldError = useFieldErrorText()
  const serverErrorText = useServerErrorText()
  const name = fullName(user)
  const form = useForm<StatusValues>({
    resolver: zodResolver(ZSetUserStatusInput, undefined, { raw: true }),
    defaultValues: { userId: user.id, status: change.to, reason: '' },
  })
  const setStatus = useMutation(
    trpc.admin.setUserStatus.mutationOptions({
      onSuccess: async () => {
        toast(t(`users.actions.${change.action}.done`, { name }))
        await queryClient.invalidateQueries({ queryKey: trpc.admin.users.queryKey() })
        onClose()
      },
    }),
  )
  const submit = form.handleSubmit(({ reason, ...values }) =>
    setStatus.mutate({ ...values, reason: reason?.trim() ? reason : undefined }),
  )
  const harmful = change.action === 'block' || change.action === 'deactivate'

  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      tone={harmful ? 'danger' : 'primary'}
      title={t(`users.actions.${change.action}.title`, { name })}
      description={t(`users.actions.${change.action}.description`)}
      confirmLabel={t(`users.actions.${change.action}.confirm`)}
      pending={setStatus.isPending}
      onConfirm={() => void submit()}
    >
      <form
        noValidate
        className="flex flex-col gap-4"
        onSubmit={(event) => {
          event.preventDefault()
          void submit()
        }}
      >
        <Field
          label={t('users.reasonLabel')}
          hint={t('users.reasonHint')}
          error={fieldError(form.formState.errors.reason)}
        >
          <Textarea maxLength={500} {...form.register('reason')} />
        </Field>
        {setStatus.isError ? (
          <Notice tone="danger" role="alert">
            {serverErrorText(setStatus.error)}
          </Notice>
        ) : null}
      </form>
    </ConfirmDialog>
  )
}
