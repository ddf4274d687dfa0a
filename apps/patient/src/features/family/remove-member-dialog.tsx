import type { TFamilyMember } from '@medbook/contracts'
import { ConfirmDialog, fullName, Notice, readServerError, toast, useServerErrorText } from '@medbook/ui'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'

interface RemoveMemberDialogProps {
  member: TFamilyMember
  open: boolean
  onOpenChange: (open: boolean) => void
}

export function RemoveMemberDialog({ member, open, onOpenChange }: RemoveMemberDialogProps) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const serverErrorText = useServerErrorText()
  const name = fullName(member)

  const remove = useMutation(
    trpc.family.remove.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.family.list.queryKey() })
        onOpenChange(false)
        toast(t('family.removed', { name }))
      },
    }),
  )

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(next) => {
        if (!next) remove.reset()
        onOpenChange(next)
      }}
      title={t('family.removeTitle', { name })}
      description={t('family.removeDescription')}
      confirmLabel={t('family.removeConfirm')}
      pending={remove.isPending}
      onConfirm={() => remove.mutate({ id: member.id })}
    >
      {remove.isError ? (
        <Notice tone="danger" role="alert">
          {readServerError(remove.error).code === 'CONFLICT'
            ? t('family.removeConflict')
            : serverErrorText(remove.error)}
        </Notice>
      ) : null}
    </ConfirmDialog>
  )
}
