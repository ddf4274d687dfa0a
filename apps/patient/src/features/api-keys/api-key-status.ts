import type { ZApiKeyInfo } from '@medbook/contracts'
import type { z } from 'zod'

export type ApiKey = z.infer<typeof ZApiKeyInfo>
export type ApiKeyStatus = 'active' | 'revoked' | 'expired'

export function apiKeyStatus(key: ApiKey, now = Date.now()): ApiKeyStatus {
  if (key.revokedAt) return 'revoked'
  if (key.expiresAt && key.expiresAt.getTime() <= now) return 'expired'
  return 'active'
}
