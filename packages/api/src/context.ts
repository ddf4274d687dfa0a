import type { TApiKeyScope } from '@medbook/contracts'
import type { PrismaClient } from '@medbook/db'
import type { SessionUser } from './auth/sessions.js'
import { createServices, defaultApiConfig, type Services } from './services.js'

export interface Auth {
  user: SessionUser
  /** how the caller proved who they are */
  via: 'cookie' | 'bearer' | 'api_key'
  sessionId: string | null
  apiKey: { id: string; scopes: TApiKeyScope[] } | null
}

/** Writes the session cookie on the response; a no-op outside HTTP. */
export interface SessionCookies {
  set(token: string, expiresAt: Date): void
  clear(): void
}

/** What every procedure can reach. Tests build it with createContextInner, no HTTP needed. */
export interface Context {
  db: PrismaClient
  services: Services
  auth: Auth | null
  ipAddress: string | null
  userAgent: string | null
  cookies: SessionCookies
  /** the app that sent the request (a trusted Origin header): payers come back to it from a gateway */
  appOrigin: string | null
}

const noCookies: SessionCookies = { set() {}, clear() {} }
let fallbackServices: Services | null = null

export function createContextInner(input: {
  db: PrismaClient
  services?: Services
  auth?: Auth | null
  ipAddress?: string | null
  userAgent?: string | null
  cookies?: SessionCookies
  appOrigin?: string | null
}): Context {
  fallbackServices ??= input.services ? null : createServices(defaultApiConfig())
  return {
    db: input.db,
    services: input.services ?? (fallbackServices as Services),
    auth: input.auth ?? null,
    ipAddress: input.ipAddress ?? null,
    userAgent: input.userAgent ?? null,
    cookies: input.cookies ?? noCookies,
    appOrigin: input.appOrigin ?? null,
  }
}
