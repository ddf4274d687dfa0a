import type { TApiKeyScope } from '@medbook/contracts'

// i18next reads ":" as a namespace separator, so scopes ("profile:read") get plain message keys.
type ScopeKey = 'profileRead' | 'profileWrite' | 'familyRead' | 'familyWrite' | 'appointmentsRead' | 'appointmentsWrite'

export const SCOPE_KEYS: Record<TApiKeyScope, ScopeKey> = {
  'profile:read': 'profileRead',
  'profile:write': 'profileWrite',
  'family:read': 'familyRead',
  'family:write': 'familyWrite',
  'appointments:read': 'appointmentsRead',
  'appointments:write': 'appointmentsWrite',
}
