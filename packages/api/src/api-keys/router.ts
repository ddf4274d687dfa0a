import {
  API_KEY_SCOPES_BY_ROLE,
  type TApiKeyScope,
  ZApiKeyInfo,
  ZApiKeyScope,
  ZCreateApiKeyInput,
  ZCreateApiKeyOutput,
  ZIdInput,
  ZOk,
} from '@medbook/contracts'
import { z } from 'zod'
import { logActivity } from '../audit/log-activity.js'
import { actorOf } from '../auth/actor.js'
import { generateApiKey } from '../auth/api-keys.js'
import { AppError } from '../errors.js'
import { authedProcedure } from '../procedures.js'
import { router } from '../trpc.js'

const MAX_ACTIVE_KEYS = 20

const keySelect = {
  id: true,
  name: true,
  prefix: true,
  scopes: true,
  createdAt: true,
  lastUsedAt: true,
  expiresAt: true,
  revokedAt: true,
} as const

/** Scopes are stored as text; a scope this version no longer knows is dropped, never granted. */
function knownScopes<T extends { scopes: string[] }>(row: T): Omit<T, 'scopes'> & { scopes: TApiKeyScope[] } {
  return { ...row, scopes: row.scopes.filter((scope): scope is TApiKeyScope => ZApiKeyScope.safeParse(scope).success) }
}

export const apiKeysRouter = router({
  list: authedProcedure.output(z.array(ZApiKeyInfo)).query(async ({ ctx }) => {
    const keys = await ctx.db.apiKey.findMany({
      where: { userId: ctx.auth.user.id },
      orderBy: { createdAt: 'desc' },
      select: keySelect,
    })
    return keys.map(knownScopes)
  }),

  /** The secret is in this answer only; MedBook keeps just its hash. */
  create: authedProcedure
    .input(ZCreateApiKeyInput)
    .output(ZCreateApiKeyOutput)
    .mutation(async ({ ctx, input }) => {
      const allowed: readonly TApiKeyScope[] = API_KEY_SCOPES_BY_ROLE[ctx.auth.user.role]
      const refused = input.scopes.filter((scope) => !allowed.includes(scope))
      if (refused.length > 0) {
        throw new AppError('BAD_REQUEST', `Your account cannot grant ${refused.join(', ')}`, { field: 'scopes' })
      }
      const active = await ctx.db.apiKey.count({ where: { userId: ctx.auth.user.id, revokedAt: null } })
      if (active >= MAX_ACTIVE_KEYS)
        throw new AppError('BAD_REQUEST', `Revoke a key first: at most ${MAX_ACTIVE_KEYS} active keys`)
      const { secret, prefix, hashedKey } = generateApiKey()
      const key = await ctx.db.apiKey.create({
        data: {
          userId: ctx.auth.user.id,
          name: input.name,
          prefix,
          hashedKey,
          scopes: [...new Set(input.scopes)],
          expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null,
        },
        select: keySelect,
      })
      await logActivity(ctx.db, actorOf(ctx), 'api_key_create', { keyId: key.id, scopes: key.scopes })
      return { key: knownScopes(key), secret }
    }),

  revoke: authedProcedure
    .input(ZIdInput)
    .output(ZOk)
    .mutation(async ({ ctx, input }) => {
      const { count } = await ctx.db.apiKey.updateMany({
        where: { id: input.id, userId: ctx.auth.user.id, revokedAt: null },
        data: { revokedAt: new Date() },
      })
      if (count === 0) throw new AppError('NOT_FOUND', 'No such active key on your account')
      await logActivity(ctx.db, actorOf(ctx), 'api_key_revoke', { keyId: input.id })
      return { ok: true as const }
    }),
})
