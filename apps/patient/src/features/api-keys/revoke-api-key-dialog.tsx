import { ConfirmDialog, Notice, toast, useServerErrorText } from '@medbook/ui'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import type { ApiKey } from './api-key-status'

interface RevokeApiKeyDialogProps {
  apiKey: ApiKey | null
  onClose: () => void
}

export function RevokeApiKeyDialog({ apiKey, onClose }: RevokeApiKeyDialogProps) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const serverErrorText = useServerErrorText()
  const revoke = useMutation(
    trpc.apiKeys.revoke.mutationOptions({
      onSuccess: async () => {
        toast(t('apiKeys.revoked', { name: apiKey?.name }))
        await queryClient.invalidateQueries({ queryKey: trpc.apiKeys.list.queryKey() })
        onClose()
      },
    }),
  )
  return (
    <ConfirmDialog
      open={apiKey !== null}
      onOpenChange={(open) => {
        if (open) return
        revoke.reset()
        onClose()
      }}
      title={t('apiKeys.revokeTitle', { name: apiKey?.name })}
      description={t('apiKeys.revokeDescription')}
      confirmLabel={t('apiKeys.revokeConfirm')}
      pending={revoke.isPending}
      onConfirm={() => apiKey && revoke.mutate({ id: apiKey.id })}
    >
      {revoke.isError ? (
        <Notice tone="danger" role="alert">
          {serverErrorText(revoke.error)}
        </Notice>
      ) : null}
    </ConfirmDialog>
  )
}
