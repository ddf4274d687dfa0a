import { TRPCClientError } from '@trpc/client'
import { type TRPC_ERROR_CODE_KEY, TRPCError } from '@trpc/server'
import { getHTTPStatusCodeFromError } from '@trpc/server/http'
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc'
import type { MedBookClientError } from './index.js'

/**
 * An error shaped like one the MedBook API returns, for mock handlers to throw.
 *
 * @example
 * createMockClient({
 *   hospitals: { search: () => { throw mockError('BAD_REQUEST', 'Invalid input', { fieldErrors: { limit: ['Too big'] } }) } },
 * })
 */
export function mockError(
  code: TRPC_ERROR_CODE_KEY,
  message: string,
  extra: { fieldErrors?: Record<string, string[]>; details?: Record<string, unknown> } = {},
): MedBookClientError {
  const httpStatus = getHTTPStatusCodeFromError(new TRPCError({ code, message }))
  return new TRPCClientError(message, {
    result: {
      error: {
        message,
        code: TRPC_ERROR_CODES_BY_KEY[code],
        data: {
          code,
          httpStatus,
          path: undefined,
          requestId: null,
          fieldErrors: extra.fieldErrors ?? null,
          details: extra.details ?? null,
        },
      },
    },
  })
}
