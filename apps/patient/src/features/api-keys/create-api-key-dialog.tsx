import { Dialog, DialogContent, DialogDescription, DialogTitle, toast } from '@medbook/ui'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { ApiKeySecret } from './api-key-secret'
import { CreateApiKeyForm } from './create-api-key-form'

interface CreateApiKeyDialogProps {
  open: boolean
  onOpenChange: (open: boolean) => void
}

export function CreateApiKeyDialog({ open, onOpenChange }: CreateApiKeyDialogProps) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const create = useMutation(
    trpc.apiKeys.create.mutationOptions({
      onSuccess: async () => {
        toast(t('apiKeys.created'))
        await queryClient.invalidateQueries({ queryKey: trpc.apiKeys.list.queryKey() })
      },
    }),
  )
  const secret = create.data?.secret

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        // closing forgets the secret for good
        if (!next) create.reset()
        onOpenChange(next)
      }}
    >
      <DialogContent>
        <DialogTitle>{secret ? t('apiKeys.secret.title') : t('apiKeys.form.title')}</DialogTitle>
        <DialogDescription>
          {secret ? t('apiKeys.secret.description', { name: create.data?.key.name }) : t('apiKeys.form.description')}
        </DialogDescription>
        {secret ? (
          <ApiKeySecret secret={secret} />
        ) : (
          <CreateApiKeyForm pending={create.isPending} onSubmit={(values) => create.mutateAsync(values)} />
        )}
      </DialogContent>
    </Dialog>
  )
}
