import { KeyRound } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Badge } from '../components/badge'
import { Button } from '../components/button'
import { formatDate, formatDateTime, PLATFORM_TIME_ZONE } from '../lib/format'
import { API_KEY_SCOPE_MESSAGE_KEYS, API_KEY_STATUS_TONES, type ApiKey, apiKeyStatus } from './api-key'

export interface ApiKeyItemProps {
  apiKey: ApiKey
  /** asks to revoke this key; the button shows only while the key is active */
  onRevoke: () => void
}

/** One key in the list: name, status, prefix, permissions and dates. */
export function ApiKeyItem({ apiKey, onRevoke }: ApiKeyItemProps) {
  const { t, i18n } = useTranslation('ui')
  const status = apiKeyStatus(apiKey)
  const headingId = `api-key-${apiKey.id}`
  return (
    <li
      aria-labelledby={headingId}
      className="flex flex-col gap-3 py-5 first:pt-0 last:pb-0 sm:flex-row sm:items-start"
    >
      <span className="inline-flex size-10 shrink-0 items-center justify-center rounded-xl bg-surface-muted text-ink-muted">
        <KeyRound className="size-5" aria-hidden="true" />
      </span>
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-2">
          <h3 id={headingId} className="font-semibold break-all text-ink">
            {apiKey.name}
          </h3>
          <Badge tone={API_KEY_STATUS_TONES[status]}>{t(`apiKeys.status.${status}`)}</Badge>
        </div>
        <p className="mt-1 font-mono text-sm text-ink-muted">{apiKey.prefix}…</p>
        <ul className="mt-2 flex flex-wrap gap-1.5" aria-label={t('apiKeys.scopesLabel')}>
          {apiKey.scopes.map((scope) => (
            <li key={scope}>
              <Badge tone="outline">{t(`apiKeys.scopes.${API_KEY_SCOPE_MESSAGE_KEYS[scope]}.label`)}</Badge>
            </li>
          ))}
        </ul>
        <p className="mt-2 text-sm text-ink-muted">
          {t('apiKeys.createdAt', { date: formatDate(apiKey.createdAt, i18n.language, PLATFORM_TIME_ZONE) })}
          {' · '}
          {apiKey.lastUsedAt
            ? t('apiKeys.lastUsed', { time: formatDateTime(apiKey.lastUsedAt, i18n.language, PLATFORM_TIME_ZONE) })
            : t('apiKeys.neverUsed')}
          {' · '}
          {apiKey.revokedAt
            ? t('apiKeys.revokedAt', { date: formatDate(apiKey.revokedAt, i18n.language, PLATFORM_TIME_ZONE) })
            : apiKey.expiresAt
              ? t(status === 'expired' ? 'apiKeys.expiredAt' : 'apiKeys.expiresAt', {
                  date: formatDate(apiKey.expiresAt, i18n.language, PLATFORM_TIME_ZONE),
                })
              : t('apiKeys.noExpiry')}
        </p>
      </div>
      {status === 'active' ? (
        <Button variant="secondary" size="sm" className="self-start text-danger-700" onClick={onRevoke}>
          {t('apiKeys.revoke')}
          <span className="sr-only"> {apiKey.name}</span>
        </Button>
      ) : null}
    </li>
  )
}
