import { reportSessionEnded } from '@medbook/ui'

export const PICTURE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const
export const MAX_PICTURE_BYTES = 2 * 1024 * 1024

/** Checked before uploading, so a wrong file fails at once; the server checks the bytes again. */
export function pictureProblem(file: File): 'type' | 'size' | null {
  if (!(PICTURE_TYPES as readonly string[]).includes(file.type)) return 'type'
  if (file.size > MAX_PICTURE_BYTES) return 'size'
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

/** POST /uploads/profile-picture with the raw bytes; the session cookie and Origin go with it. */
export async function uploadProfilePicture(file: File): Promise<{ profilePicture: string }> {
  let response: Response
  try {
    response = await fetch('/uploads/profile-picture', {
      method: 'POST',
      body: file,
      credentials: 'same-origin',
      headers: { 'content-type': file.type },
    })
  } catch (error) {
    throw new UploadError(null, error instanceof Error ? error.message : 'network error')
  }
  const body = (await response.json().catch(() => ({}))) as { profilePicture?: string; code?: string; error?: string }
  if (response.ok && body.profilePicture) return { profilePicture: body.profilePicture }
  if (response.status === 401) reportSessionEnded()
  throw new UploadError(body.code ?? 'INTERNAL_SERVER_ERROR', body.error ?? `upload failed (${response.status})`)
}
