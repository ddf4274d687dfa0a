import type { TRPC_ERROR_CODE_KEY } from '@trpc/server'

/**
 * The one error services throw. The router's error formatter turns it into the tRPC code
 * it names, with a message that is safe to show to the caller.
 */
export class AppError extends Error {
  constructor(
    readonly code: TRPC_ERROR_CODE_KEY,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message)
    this.name = 'AppError'
  }
}
