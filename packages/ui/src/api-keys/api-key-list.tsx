import { KeyRound } from 'lucide-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Card } from '../components/card'
import { EmptyState } from '../components/empty-state'
import { ErrorState } from '../components/error-state'
import { Skeleton } from '../components/skeleton'
import type { ApiKey } from './api-key'
import { ApiKeyItem } from './api-key-item'

export interface ApiKeyListProps {
  /** the account's keys, newest first; undefined while they load */
  keys: readonly ApiKey[] | undefined
  /** loading the keys failed: offer a retry */
  failed?: boolean
  onRetry?: () => void
  retrying?: boolean
  /** asks to revoke a key (open the revoke dialog) */
  onRevoke: (key: ApiKey) => void
  /** the empty state's call to action, usually the create button */
  emptyAction?: ReactNode
  /** what keys are for, in the app's own words; a general line by default */
  emptyDescription?: ReactNode
}

/** The account's API keys: loading, failed, none yet, or one card listing them. */
export function ApiKeyList({
  keys,
  failed = false,
  onRetry,
  retrying,
  onRevoke,
  emptyAction,
  emptyDescription,
}: ApiKeyListProps) {
  const { t } = useTranslation('ui')
  if (failed) return <ErrorState onRetry={onRetry} retrying={retrying} />
  if (!keys) return <Skeleton className="h-48 rounded-2xl" />
  if (keys.length === 0) {
    return (
      <EmptyState
        icon={KeyRound}
        title={t('apiKeys.emptyTitle')}
        description={emptyDescription ?? t('apiKeys.emptyDescription')}
        action={emptyAction}
      />
    )
  }
  return (
    <Card className="p-5 sm:p-6">
      <ul className="divide-y divide-border" aria-label={t('apiKeys.listLabel')}>
        {keys.map((key) => (
          <ApiKeyItem key={key.id} apiKey={key} onRevoke={() => onRevoke(key)} />
        ))}
      </ul>
    </Card>
  )
}
