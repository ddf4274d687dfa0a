import type { IncomingMessage, ServerResponse } from 'node:http'
import type { PrismaClient } from '@medbook/db'
import { TRPCError } from '@trpc/server'
import { looksLikeApiKey, validateApiKey } from './auth/api-keys.js'
import { expiredSessionCookie, parseCookies, SESSION_COOKIE, sessionCookie } from './auth/cookies.js'
import { validateSessionToken } from './auth/sessions.js'
import type { Auth, Context } from './context.js'
import type { Services } from './services.js'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

function isHttps(req: IncomingMessage): boolean {
  const forwarded = req.headers['x-forwarded-proto']
  const proto = Array.isArray(forwarded) ? forwarded[0] : forwarded?.split(',')[0]
  return proto?.trim() === 'https' || Boolean((req.socket as { encrypted?: boolean }).encrypted)
}

function originOf(url: string): string {
  return new URL(url).origin
}

/**
 * Cookie-authenticated requests that change state must come from one of our own pages:
 * the browser's Origin header has to match this server or a configured app origin.
 */
function isTrustedOrigin(req: IncomingMessage, services: Services): boolean {
  const origin = req.headers.origin
  if (!origin) return false
  const own = req.headers.host ? `${isHttps(req) ? 'https' : 'http'}://${req.headers.host}` : null
  const trusted = [
    own,
    originOf(services.config.appUrl),
    originOf(services.config.portalUrl),
    ...services.config.allowedOrigins,
  ]
  return trusted.includes(origin)
}

function bearerToken(req: IncomingMessage): string | null {
  const header = req.headers.authorization
  if (!header?.startsWith('Bearer ')) return null
  return header.slice('Bearer '.length).trim() || null
}

async function authenticate(
  req: IncomingMessage,
  db: PrismaClient,
  services: Services,
  clearCookie: () => void,
): Promise<Auth | null> {
  const bearer = bearerToken(req)
  if (bearer) {
    if (looksLikeApiKey(bearer)) {
      const key = await validateApiKey(db, bearer)
      if (!key)
        throw new TRPCError({
          code: 'UNAUTHORIZED',
          message: 'This API key is not valid (revoked, expired or unknown)',
        })
      return { user: key.user, via: 'api_key', sessionId: null, apiKey: key.apiKey }
    }
    const session = await validateSessionToken(db, bearer, services.sessions)
    if (!session) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Your session has ended; sign in again' })
    return { user: session.user, via: 'bearer', sessionId: session.session.id, apiKey: null }
  }
  const token = parseCookies(req.headers.cookie).get(SESSION_COOKIE)
  if (!token) return null
  if (!SAFE_METHODS.has(req.method ?? 'GET') && !isTrustedOrigin(req, services)) {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Cross-site request refused: missing or foreign Origin header' })
  }
  const session = await validateSessionToken(db, token, services.sessions)
  if (!session) {
    clearCookie()
    return null
  }
  return { user: session.user, via: 'cookie', sessionId: session.session.id, apiKey: null }
}

/** Builds each request's context: who is calling (cookie, session bearer or API key) and how to answer. */
export function createHttpContextFactory(db: PrismaClient, services: Services) {
  return async ({ req, res }: { req: IncomingMessage; res: ServerResponse }): Promise<Context> => {
    const secure =
      services.config.cookieSecure === 'always' || (services.config.cookieSecure === 'auto' && isHttps(req))
    const cookies = {
      set: (token: string, expiresAt: Date) => res.appendHeader('Set-Cookie', sessionCookie(token, expiresAt, secure)),
      clear: () => res.appendHeader('Set-Cookie', expiredSessionCookie(secure)),
    }
    const auth = await authenticate(req, db, services, cookies.clear)
    return {
      db,
      services,
      auth,
      ipAddress: req.socket.remoteAddress ?? null,
      userAgent: req.headers['user-agent'] ?? null,
      cookies,
      appOrigin: isTrustedOrigin(req, services) ? (req.headers.origin ?? null) : null,
    }
  }
}
