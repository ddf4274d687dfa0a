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
    errorFormatter({ shape, error, path }) {
      const internal = shape.data.code === 'INTERNAL_SERVER_ERROR'
      // an internal error's detail (SQL, file paths, stack) stays in the server's log, found by the request id
      const requestId: string | null = internal ? randomUUID() : null
      if (internal) console.error(`[${requestId}] ${path ?? 'request'} failed:`, error.cause ?? error)
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
