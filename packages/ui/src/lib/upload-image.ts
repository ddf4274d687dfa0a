import { reportSessionEnded } from '../session/session-events'

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024

/** Checked before uploading, so a wrong file fails at once; the server checks the bytes again. */
export function imageProblem(
  file: File,
  limits: { types?: readonly string[]; maxBytes?: number } = {},
): 'type' | 'size' | null {
  if (!(limits.types ?? IMAGE_TYPES).includes(file.type)) return 'type'
  if (file.size > (limits.maxBytes ?? MAX_IMAGE_BYTES)) return 'size'
  return null
}

/** An upload refused by the server, shaped like an API error so the same messages apply. */
export class UploadError extends Error {
  readonly data: { code: string | null }
  constructor(code: string | null, message: string) {
    super(message)
    this.name = 'UploadError'
    this.data = { code }
  }
}

/**
 * POSTs the file's raw bytes to `endpoint` (same origin: the session cookie and Origin go
 * with it) and returns the JSON answer. A 401 reports the session as ended, like API calls.
 */
export async function uploadImage<T extends Record<string, unknown>>(
  endpoint: string,
  file: File,
  isAnswer: (body: Record<string, unknown>) => body is T,
): Promise<T> {
  let response: Response
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      body: file,
      credentials: 'same-origin',
      headers: { 'content-type': file.type },
    })
  } catch (error) {
    throw new UploadError(null, error instanceof Error ? error.message : 'network error')
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>
  if (response.ok && isAnswer(body)) return body
  if (response.status === 401) reportSessionEnded()
  const code = typeof body.code === 'string' ? body.code : 'INTERNAL_SERVER_ERROR'
  throw new UploadError(code, typeof body.error === 'string' ? body.error : `upload failed (${response.status})`)
}
