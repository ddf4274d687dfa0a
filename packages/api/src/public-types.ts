import type { TRPCBuiltRouter } from '@trpc/server'
import type { appRouter } from './root.js'

/**
 * The router's type as clients see it. Its context is erased to `object`, so a client's
 * declarations never reach the server's context, and through it Prisma (the trap of tRPC
 * issue #5004). Procedures carry only their input and output types, which come from the
 * zod contracts.
 */
export type PublicAppRouter = TRPCBuiltRouter<
  {
    ctx: object
    meta: object
    errorShape: (typeof appRouter)['_def']['_config']['$types']['errorShape']
    transformer: true
  },
  (typeof appRouter)['_def']['record']
>
