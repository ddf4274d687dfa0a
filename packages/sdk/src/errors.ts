import { isTRPCClientError, type TRPCClientError } from '@trpc/client'
import type { MedBookRouter } from './router.js'

/**
 * An error returned by the MedBook API, or raised on the way to it (network, bad response).
 * `error.data` is set when the API answered: `code` ("BAD_REQUEST", "NOT_FOUND", ...),
 * `httpStatus`, and for invalid input `fieldErrors`, messages keyed by field path.
 */
export type MedBookClientError = TRPCClientError<MedBookRouter>

/**
 * Whether `error` came from a MedBook client call, narrowing it to {@link MedBookClientError}.
 *
 * @example
 * try {
 *   await medbook.hospitals.search.query({ limit: 1000 })
 * } catch (error) {
 *   if (isMedBookError(error) && error.data?.code === 'BAD_REQUEST') console.log(error.data.fieldErrors)
 * }
 */
export function isMedBookError(error: unknown): error is MedBookClientError {
  return isTRPCClientError<MedBookRouter>(error)
}
