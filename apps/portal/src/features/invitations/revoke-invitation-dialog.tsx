import { ConfirmDialog, Notice, toast, useServerErrorText } from '@medbook/ui'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import type { Invitation } from './invitation-status'

interface RevokeInvitationDialogProps {
  invitation: Invitation | null
  onClose: () => void
}

export function RevokeInvitationDialog({ invitation, onClose }: RevokeInvitationDialogProps) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const serverErrorText = useServerErrorText()
  const revoke = useMutation(
    trpc.invitations.revoke.mutationOptions({
      onSuccess: async () => {
        toast(t('invitations.revoked', { email: invitation?.email }))
        await queryClient.invalidateQueries({ queryKey: trpc.invitations.list.queryKey() })
        onClose()
      },
    }),
  )
  return (
    <ConfirmDialog
      open={invitation !== null}
      onOpenChange={(open) => {
        if (open) return
        revoke.reset()
        onClose()
      }}
      title={t('invitations.revokeTitle')}
      description={t('invitations.revokeDescription', { email: invitation?.email })}
      confirmLabel={t('invitations.revokeConfirm')}
      pending={revoke.isPending}
      onConfirm={() => invitation && revoke.mutate({ id: invitation.id })}
    >
      {revoke.isError ? (
        <Notice tone="danger" role="alert">
          {serverErrorText(revoke.error)}
        </Notice>
      ) : null}
    </ConfirmDialog>
  )
}
