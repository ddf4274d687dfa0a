import type { IncomingMessage, ServerResponse } from 'node:http'
import { AppError, type Auth, type Context } from '@medbook/api'
import { TRPCError } from '@trpc/server'

// What the routes outside tRPC (uploads, private files, CSV exports) share: who is calling,
// reading a bounded body, and answering errors the way the API names them.

export type CreateContext = (opts: { req: IncomingMessage; res: ServerResponse }) => Promise<Context>
export type AuthedContext = Context & { auth: Auth }
type ApiKeyScope = NonNullable<Auth['apiKey']>['scopes'][number]

const STATUS: Record<string, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_SUPPORTED: 405,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TOO_MANY_REQUESTS: 429,
}

export function answerJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body))
}

/** An AppError or TRPCError as JSON with its HTTP status; anything else is logged and answers 500. */
export function answerError(res: ServerResponse, error: unknown, what: string) {
  if (error instanceof AppError || error instanceof TRPCError) {
    if (res.headersSent) return res.destroy()
    return answerJson(res, STATUS[error.code] ?? 400, { error: error.message, code: error.code })
  }
  console.error(`${what} failed:`, error)
  if (res.headersSent) return res.destroy()
  answerJson(res, 500, { error: `${what} failed` })
}

/**
 * The caller, signed in by cookie (with a trusted Origin for POST), session bearer or an API
 * key. `scope`: the API-key scope that opens this route; without one, API keys are refused.
 */
export async function signedInContext(
  req: IncomingMessage,
  res: ServerResponse,
  createContext: CreateContext,
  scope: ApiKeyScope | null,
): Promise<AuthedContext> {
  const ctx = await createContext({ req, res })
  if (!ctx.auth) throw new AppError('UNAUTHORIZED', 'Sign in to continue')
  if (ctx.auth.apiKey) {
    if (!scope) throw new AppError('FORBIDDEN', 'API keys cannot do this; sign in instead')
    if (!ctx.auth.apiKey.scopes.includes(scope)) {
      throw new AppError('FORBIDDEN', `This API key lacks the "${scope}" scope`)
    }
  }
  return ctx as AuthedContext
}

/** The whole body, refused (413) as soon as it grows past `limit` bytes. */
export function readBody(req: IncomingMessage, limit: number, tooLarge: () => Error): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > limit) return Promise.reject(tooLarge())
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        reject(tooLarge())
        req.removeAllListeners('data')
        req.resume()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

export interface UploadRoute<T> {
  /** for errors in the server log */
  what: string
  maxBytes: number
  tooLarge: () => Error
  /** the API-key scope that opens it (null: sessions only) */
  scope: ApiKeyScope | null
  save(ctx: AuthedContext, bytes: Buffer, url: URL): Promise<T>
}

/** POST with the file as the raw body: authenticate, read at most maxBytes, save, answer JSON. */
export async function handleUpload<T>(
  req: IncomingMessage,
  res: ServerResponse,
  createContext: CreateContext,
  route: UploadRoute<T>,
) {
  if (req.method !== 'POST') return answerJson(res, 405, { error: 'Use POST' })
  try {
    const ctx = await signedInContext(req, res, createContext, route.scope)
    const bytes = await readBody(req, route.maxBytes, route.tooLarge)
    const answer = await route.save(ctx, bytes, new URL(req.url ?? '/', 'http://localhost'))
    answerJson(res, 200, answer)
  } catch (error) {
    // stop reading what the client still sends, and tell it the connection ends
    if (!req.complete) res.setHeader('connection', 'close')
    answerError(res, error, route.what)
  }
}

export function actorFrom(ctx: AuthedContext) {
  return {
    userId: ctx.auth.user.id,
    userRole: ctx.auth.user.role,
    ipAddress: ctx.ipAddress,
    userAgent: ctx.userAgent,
  }
}
