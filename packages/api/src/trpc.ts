import { randomUUID } from 'node:crypto'
import type { TApiKeyScope } from '@medbook/contracts'
import { initTRPC, TRPCError } from '@trpc/server'
import superjson from 'superjson'
import { ZodError } from 'zod'
import type { Context } from './context.js'
import { AppError } from './errors.js'
import { findUnsafeInput } from './safe-text.js'

export interface ProcedureMeta {
  /** the API-key scope that opens this procedure; without one, API keys cannot call it */
  scope?: TApiKeyScope
}

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    transformer: superjson,
    // realtime.events: a comment every 15 s keeps proxies from closing an idle stream, and a
    // client that hears nothing for 45 s reconnects (resuming from its last event id)
    sse: { ping: { enabled: true, intervalMs: 15_000 }, client: { reconnectAfterInactivityMs: 45_000 } },
    errorFormatter({ shape, error, path }) {
      const internal = shape.data.code === 'INTERNAL_SERVER_ERROR'
      // an internal error's detail (SQL, file paths, stack) stays in the server's log, found by the request id
      const requestId: string | null = internal ? randomUUID() : null
      if (internal) console.error(`[${requestId}] ${path ?? 'request'} failed:`, loggable(path, error.cause ?? error))
      const zodError = error.cause instanceof ZodError ? error.cause : null
      return {
        code: shape.code,
        message: internal ? `Internal error (request ${requestId})` : shape.message,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          /** names an internal error in the server's log */
          requestId,
          /** field errors for forms, keyed by field path ("address.city") */
          fieldErrors: zodError ? flattenZodError(zodError) : null,
          details: !internal && error.cause instanceof AppError ? (error.cause.details ?? null) : null,
        },
      }
    },
  })

/** Procedures whose inputs and rows are clinical (records, patients' messages): their failures are logged without any message text. */
const CLINICAL_PATHS = ['medicalRecords.', 'conversations.']

/**
 * What the log may say about a failure. A database error can quote the row it refused
 * ("Failing row contains …"), so for clinical procedures only the error's class and codes are
 * written, never its message or its data.
 */
export function loggable(path: string | undefined, error: unknown): unknown {
  if (!path || !CLINICAL_PATHS.some((prefix) => path.startsWith(prefix))) return error
  const e = error as { name?: unknown; code?: unknown; meta?: { driverAdapterError?: { cause?: { code?: unknown } } } }
  const name = typeof e?.name === 'string' ? e.name : 'Error'
  const code = typeof e?.code === 'string' ? ` ${e.code}` : ''
  const sqlState = e?.meta?.driverAdapterError?.cause?.code
  return `${name}${code}${typeof sqlState === 'string' ? ` (SQLSTATE ${sqlState})` : ''} [clinical details withheld]`
}

function flattenZodError(error: ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {}
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_'
    fields[key] = [...(fields[key] ?? []), issue.message]
  }
  return fields
}

/** Prisma gave up waiting for a connection or a transaction slot: the server is busy, not broken. */
function isOverloaded(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === 'P2024' || code === 'P2028'
}

/** Turns the domain's AppError into the TRPCError it names, overload into 503; anything else stays a 500. */
const appErrors = t.middleware(async ({ next }) => {
  const result = await next()
  if (!result.ok && result.error.cause instanceof AppError) {
    const cause = result.error.cause
    throw new TRPCError({ code: cause.code, message: cause.message, cause })
  }
  if (!result.ok && isOverloaded(result.error.cause)) {
    throw new TRPCError({
      code: 'SERVICE_UNAVAILABLE',
      message: 'The service is busy; try again in a moment',
      cause: result.error.cause,
    })
  }
  return result
})

/** Text that no column can store is refused for every procedure, before any parsing or query. */
const safeInput = t.middleware(async ({ getRawInput, next }) => {
  const refusal = findUnsafeInput(await getRawInput())
  if (refusal) throw new TRPCError({ code: 'BAD_REQUEST', message: refusal.issues[0]?.message, cause: refusal })
  return next()
})

export const router = t.router
export const middleware = t.middleware
export const createCallerFactory = t.createCallerFactory
export const publicProcedure = t.procedure.use(appErrors).use(safeInput)

/**
 * For procedures that end sessions or change who a user is (logout, password change, block,
 * role change…): the answer waits until this process's session cache has applied the
 * invalidation, so that the caller's next request, on any API process, no longer finds the session.
 */
export const settlesSessions = t.middleware(async ({ ctx, next }) => {
  try {
    return await next()
  } finally {
    await ctx.services.sessions.settle()
  }
})
