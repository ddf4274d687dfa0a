import type { BadgeTone } from '../components/badge'

/**
 * The message key of every scope the API knows (i18next reads ":" as a namespace separator,
 * so "profile:read" gets the plain key "profileRead"). The apps pass the contracts' own
 * scope lists and key rows to these components, so TypeScript fails in both directions the
 * day ZApiKeyScope and this list differ.
 */
export const API_KEY_SCOPE_MESSAGE_KEYS = {
  'profile:read': 'profileRead',
  'profile:write': 'profileWrite',
  'family:read': 'familyRead',
  'family:write': 'familyWrite',
  'appointments:read': 'appointmentsRead',
  'appointments:write': 'appointmentsWrite',
  'hospital:read': 'hospitalRead',
  'hospital:write': 'hospitalWrite',
  'admin:read': 'adminRead',
  'payments:read': 'paymentsRead',
  'payments:write': 'paymentsWrite',
  'records:read': 'recordsRead',
  'messages:read': 'messagesRead',
  'messages:write': 'messagesWrite',
} as const

export type ApiKeyScope = keyof typeof API_KEY_SCOPE_MESSAGE_KEYS

/** A key as the API lists it: never the secret, only its first characters. */
export interface ApiKey {
  id: string
  name: string
  prefix: string
  scopes: readonly ApiKeyScope[]
  createdAt: Date
  lastUsedAt: Date | null
  expiresAt: Date | null
  revokedAt: Date | null
}

/** What the create form sends (the API's ZCreateApiKeyInput). */
export interface NewApiKey {
  name: string
  scopes: ApiKeyScope[]
  /** left out: the key does not expire */
  expiresInDays?: number
}

/** The API's answer to a create: the secret is in it this once. */
export interface CreatedApiKey {
  key: { name: string }
  secret: string
}

export type ApiKeyStatus = 'active' | 'revoked' | 'expired'

export const API_KEY_STATUS_TONES: Record<ApiKeyStatus, BadgeTone> = {
  active: 'success',
  revoked: 'neutral',
  expired: 'warning',
}

export function apiKeyStatus(key: Pick<ApiKey, 'revokedAt' | 'expiresAt'>, now = Date.now()): ApiKeyStatus {
  if (key.revokedAt) return 'revoked'
  if (key.expiresAt && key.expiresAt.getTime() <= now) return 'expired'
  return 'active'
}
