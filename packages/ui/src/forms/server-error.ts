/**
 * What a form needs from a failed API call. Read by shape (a TRPCClientError carries
 * `data.code`, `data.fieldErrors` and `data.details`), so this package needs no tRPC.
 */
export interface ServerError {
  /** the tRPC code ("CONFLICT", "TOO_MANY_REQUESTS"…), null when no answer arrived */
  code: string | null
  /** zod issues by field path ("address.city"); values are message codes such as "password_too_short" */
  fieldErrors: Record<string, string[]>
  /** extra facts the API attached: { reason: 'blocked' }, { retryAfterSeconds: 60 }, { field: 'email' } */
  details: Record<string, unknown>
  /** the API's English sentence, for logs; show translated text instead */
  message: string
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function readServerError(error: unknown): ServerError {
  const data = isRecord(error) && isRecord(error.data) ? error.data : null
  const fieldErrors: Record<string, string[]> = {}
  if (data && isRecord(data.fieldErrors)) {
    for (const [key, value] of Object.entries(data.fieldErrors)) {
      if (Array.isArray(value)) fieldErrors[key] = value.filter((item): item is string => typeof item === 'string')
    }
  }
  return {
    code: data && typeof data.code === 'string' ? data.code : null,
    fieldErrors,
    details: data && isRecord(data.details) ? data.details : {},
    message: error instanceof Error ? error.message : String(error),
  }
}

/** The reason the API gave for refusing (details.reason), e.g. "unverified", "blocked", "inactive". */
export function serverErrorReason(error: unknown): string | null {
  const reason = readServerError(error).details.reason
  return typeof reason === 'string' ? reason : null
}

type SetError<TName extends string> = (
  name: TName,
  error: { type: string; message?: string },
  options?: { shouldFocus: boolean },
) => void

/**
 * Puts the API's field errors on the form's own fields, the first one focused.
 * Returns how many were placed; when none, show a form-level message instead.
 */
export function applyServerFieldErrors<const TName extends string>(
  error: unknown,
  setError: SetError<TName>,
  fields: readonly TName[],
): number {
  const { fieldErrors } = readServerError(error)
  let placed = 0
  for (const field of fields) {
    const message = fieldErrors[field]?.[0]
    if (!message) continue
    setError(field, { type: 'server', message }, { shouldFocus: placed === 0 })
    placed += 1
  }
  return placed
}
