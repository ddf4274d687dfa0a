import { type TApiKeyScope, ZApiKeyScope } from '@medbook/contracts'
import type { PrismaClient } from '@medbook/db'
import { generateToken, sha256Hex } from './crypto.js'
import { type SessionUser, sessionUserSelect, toSessionUser } from './sessions.js'

/** Every key starts with this, so a leaked key is recognisable (and scanners can find it). */
export const API_KEY_PREFIX = 'mbk_'

export function looksLikeApiKey(token: string): boolean {
  return token.startsWith(API_KEY_PREFIX)
}

export function generateApiKey(): { secret: string; prefix: string; hashedKey: string } {
  const secret = `${API_KEY_PREFIX}${generateToken(24)}`
  return { secret, prefix: secret.slice(0, API_KEY_PREFIX.length + 6), hashedKey: sha256Hex(secret) }
}

export interface ValidatedApiKey {
  apiKey: { id: string; scopes: TApiKeyScope[] }
  user: SessionUser
}

export async function validateApiKey(db: PrismaClient, secret: string): Promise<ValidatedApiKey | null> {
  const row = await db.apiKey.findUnique({
    where: { hashedKey: sha256Hex(secret) },
    select: {
      id: true,
      scopes: true,
      revokedAt: true,
      expiresAt: true,
      lastUsedAt: true,
      user: { select: sessionUserSelect },
    },
  })
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt.getTime() <= Date.now())) return null
  if (row.user.status !== 'active') return null
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } })
  }
  const scopes = row.scopes.filter((scope): scope is TApiKeyScope => ZApiKeyScope.safeParse(scope).success)
  return { apiKey: { id: row.id, scopes }, user: toSessionUser(row.user) }
}
