import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Dialog, DialogContent, DialogDescription, DialogTitle } from '../components/dialog'
import { toast } from '../components/toaster'
import type { ApiKeyScope, CreatedApiKey, NewApiKey } from './api-key'
import { ApiKeySecret } from './api-key-secret'
import { CreateApiKeyForm } from './create-api-key-form'

export interface CreateApiKeyDialogProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** the scopes the signed-in account's role may put on a key */
  scopes: readonly ApiKeyScope[]
  /** creates the key through the API (and refreshes the list); the answer carries the secret */
  onCreate: (values: NewApiKey) => Promise<CreatedApiKey>
}

/** The create form, then the new key's secret in its place, shown once: closing forgets it. */
export function CreateApiKeyDialog({ open, onOpenChange, scopes, onCreate }: CreateApiKeyDialogProps) {
  const { t } = useTranslation('ui')
  const create = useMutation({
    mutationFn: onCreate,
    onSuccess: () => toast(t('apiKeys.created')),
  })
  const created = create.data

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next && create.isPending) return
        // closing forgets the secret for good
        if (!next) create.reset()
        onOpenChange(next)
      }}
    >
      <DialogContent>
        <DialogTitle>{created ? t('apiKeys.secret.title') : t('apiKeys.form.title')}</DialogTitle>
        <DialogDescription>
          {created ? t('apiKeys.secret.description', { name: created.key.name }) : t('apiKeys.form.description')}
        </DialogDescription>
        {created ? (
          <ApiKeySecret secret={created.secret} />
        ) : (
          <CreateApiKeyForm
            scopes={scopes}
            pending={create.isPending}
            onSubmit={(values) => create.mutateAsync(values)}
          />
        )}
      </DialogContent>
    </Dialog>
  )
}
