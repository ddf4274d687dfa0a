import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ConfirmDialog } from '../components/confirm-dialog'
import { Notice } from '../components/notice'
import { toast } from '../components/toaster'
import { useServerErrorText } from '../forms/use-error-text'
import type { ApiKey } from './api-key'

export interface RevokeApiKeyDialogProps {
  /** the key to revoke; null keeps the dialog closed */
  apiKey: ApiKey | null
  onClose: () => void
  /** revokes the key through the API (and refreshes the list) */
  onRevoke: (key: ApiKey) => Promise<unknown>
}

/** Asks before revoking a key: apps using it lose access at once, for good. */
export function RevokeApiKeyDialog({ apiKey, onClose, onRevoke }: RevokeApiKeyDialogProps) {
  const { t } = useTranslation('ui')
  const serverErrorText = useServerErrorText()
  const revoke = useMutation({
    mutationFn: onRevoke,
    onSuccess: (_, key) => {
      toast(t('apiKeys.revoked', { name: key.name }))
      onClose()
    },
  })
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
      onConfirm={() => apiKey && revoke.mutate(apiKey)}
    >
      {revoke.isError ? (
        <Notice tone="danger" role="alert">
          {serverErrorText(revoke.error)}
        </Notice>
      ) : null}
    </ConfirmDialog>
  )
}
