import { API_KEY_SCOPES_BY_ROLE } from '@medbook/contracts'
import { type ApiKey, ApiKeyList, Button, CreateApiKeyDialog, RevokeApiKeyDialog } from '@medbook/ui'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Plus } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { AccountPage } from '../account/account-page'

/** The patient's API keys: the shared screens of @medbook/ui, wired to the API. */
export function ApiKeysPage() {
  const { t } = useTranslation()
  const { t: tUi } = useTranslation('ui')
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const keys = useQuery(trpc.apiKeys.list.queryOptions())
  const refreshKeys = () => queryClient.invalidateQueries({ queryKey: trpc.apiKeys.list.queryKey() })
  const create = useMutation(trpc.apiKeys.create.mutationOptions({ onSuccess: refreshKeys }))
  const revoke = useMutation(trpc.apiKeys.revoke.mutationOptions({ onSuccess: refreshKeys }))
  const [creating, setCreating] = useState(false)
  const [revoking, setRevoking] = useState<ApiKey | null>(null)

  const createButton = (
    <Button onClick={() => setCreating(true)}>
      <Plus aria-hidden="true" />
      {tUi('apiKeys.createButton')}
    </Button>
  )

  return (
    <AccountPage
      title={tUi('apiKeys.title')}
      description={t('apiKeys.description')}
      actions={keys.data && keys.data.length > 0 ? createButton : null}
    >
      <ApiKeyList
        keys={keys.data}
        failed={keys.isError}
        onRetry={() => void keys.refetch()}
        retrying={keys.isRefetching}
        onRevoke={setRevoking}
        emptyAction={createButton}
        emptyDescription={t('apiKeys.emptyDescription')}
      />
      <CreateApiKeyDialog
        open={creating}
        onOpenChange={setCreating}
        scopes={API_KEY_SCOPES_BY_ROLE.patient}
        onCreate={(values) => create.mutateAsync(values)}
      />
      <RevokeApiKeyDialog
        apiKey={revoking}
        onClose={() => setRevoking(null)}
        onRevoke={(key) => revoke.mutateAsync({ id: key.id })}
      />
    </AccountPage>
  )
}
