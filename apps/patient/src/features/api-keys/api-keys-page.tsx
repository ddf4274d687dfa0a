import { Button, Card, EmptyState, ErrorState, Skeleton } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { KeyRound, Plus } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { AccountPage } from '../account/account-page'
import { ApiKeyItem } from './api-key-item'
import type { ApiKey } from './api-key-status'
import { CreateApiKeyDialog } from './create-api-key-dialog'
import { RevokeApiKeyDialog } from './revoke-api-key-dialog'

export function ApiKeysPage() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const keys = useQuery(trpc.apiKeys.list.queryOptions())
  const [creating, setCreating] = useState(false)
  const [revoking, setRevoking] = useState<ApiKey | null>(null)

  const createButton = (
    <Button onClick={() => setCreating(true)}>
      <Plus aria-hidden="true" />
      {t('apiKeys.createButton')}
    </Button>
  )

  return (
    <AccountPage
      title={t('apiKeys.title')}
      description={t('apiKeys.description')}
      actions={keys.data && keys.data.length > 0 ? createButton : null}
    >
      {keys.isError ? (
        <ErrorState onRetry={() => void keys.refetch()} retrying={keys.isRefetching} />
      ) : !keys.data ? (
        <Skeleton className="h-48 rounded-2xl" />
      ) : keys.data.length === 0 ? (
        <EmptyState
          icon={KeyRound}
          title={t('apiKeys.emptyTitle')}
          description={t('apiKeys.emptyDescription')}
          action={createButton}
        />
      ) : (
        <Card className="p-5 sm:p-6">
          <ul className="divide-y divide-border" aria-label={t('apiKeys.listLabel')}>
            {keys.data.map((key) => (
              <ApiKeyItem key={key.id} apiKey={key} onRevoke={() => setRevoking(key)} />
            ))}
          </ul>
        </Card>
      )}
      <CreateApiKeyDialog open={creating} onOpenChange={setCreating} />
      <RevokeApiKeyDialog apiKey={revoking} onClose={() => setRevoking(null)} />
    </AccountPage>
  )
}
