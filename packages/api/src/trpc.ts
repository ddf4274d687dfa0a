import type { TApiKeyScope } from '@medbook/contracts'
import { initTRPC, TRPCError } from '@trpc/server'
import superjson from 'superjson'
import { ZodError } from 'zod'
import type { Context } from './context.js'
import { AppError } from './errors.js'

export interface ProcedureMeta {
  /** the API-key scope that opens this procedure; without one, API keys cannot call it */
  scope?: TApiKeyScope
}

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error }) {
      const zodError = error.cause instanceof ZodError ? error.cause : null
      return {
        ...shape,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          /** field errors for forms, keyed by field path ("address.city") */
          fieldErrors: zodError ? flattenZodError(zodError) : null,
          details: error.cause instanceof AppError ? (error.cause.details ?? null) : null,
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

/** Turns the domain's AppError into the TRPCError it names; anything else stays a 500. */
const appErrors = t.middleware(async ({ next }) => {
  const result = await next()
  if (!result.ok && result.error.cause instanceof AppError) {
    const cause = result.error.cause
    throw new TRPCError({ code: cause.code, message: cause.message, cause })
  }
  return result
})

export const router = t.router
export const middleware = t.middleware
export const createCallerFactory = t.createCallerFactory
export const publicProcedure = t.procedure.use(appErrors)
