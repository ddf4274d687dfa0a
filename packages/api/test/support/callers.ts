import type { PrismaClient } from '@medbook/db'
import { validateSessionToken } from '../../src/auth/sessions.js'
import { type Auth, createCaller, createContextInner, type Services } from '../../src/index.js'

/** A caller as the HTTP layer would build it for this session token (or anonymous). */
export async function callerFor(db: PrismaClient, services: Services, token?: string, ipAddress = '203.0.113.7') {
  let auth: Auth | null = null
  if (token) {
    const session = await validateSessionToken(db, token)
    auth = session ? { user: session.user, via: 'bearer', sessionId: session.session.id, apiKey: null } : null
  }
  return createCaller(createContextInner({ db, services, auth, ipAddress, userAgent: 'vitest' }))
}
