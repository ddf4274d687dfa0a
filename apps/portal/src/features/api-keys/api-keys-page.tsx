import { API_KEY_SCOPES_BY_ROLE } from '@medbook/contracts'
import {
  type ApiKey,
  ApiKeyList,
  Button,
  CreateApiKeyDialog,
  PageHeader,
  RevokeApiKeyDialog,
  useSession,
} from '@medbook/ui'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Plus } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import type { StaffRole } from '../auth/staff-role'
import { SdkGuide } from './sdk-guide'

/** Personal API keys of staff, doctors and admins, holding only the scopes their role may grant. */
export function ApiKeysPage() {
  const { t } = useTranslation()
  const { t: tUi } = useTranslation('ui')
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const user = useSession().data
  // the route's role gate shows this page to staff roles only
  const role: StaffRole | null = user && user.role !== 'patient' ? user.role : null
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
    <div className="flex max-w-4xl flex-col gap-6">
      <PageHeader
        title={tUi('apiKeys.title')}
        description={t('apiKeys.description')}
        actions={keys.data && keys.data.length > 0 ? createButton : null}
      />
      <ApiKeyList
        keys={keys.data}
        failed={keys.isError}
        onRetry={() => void keys.refetch()}
        retrying={keys.isRefetching}
        onRevoke={setRevoking}
        emptyAction={createButton}
        emptyDescription={t('apiKeys.emptyDescription')}
      />
      {role ? <SdkGuide role={role} /> : null}
      {role ? (
        <CreateApiKeyDialog
          open={creating}
          onOpenChange={setCreating}
          scopes={API_KEY_SCOPES_BY_ROLE[role]}
          onCreate={(values) => create.mutateAsync(values)}
        />
      ) : null}
      <RevokeApiKeyDialog
        apiKey={revoking}
        onClose={() => setRevoking(null)}
        onRevoke={(key) => revoke.mutateAsync({ id: key.id })}
      />
    </div>
  )
}
