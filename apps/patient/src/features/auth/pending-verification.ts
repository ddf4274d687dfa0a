import { z } from 'zod'

// Between sign-up and the code screen the identifier travels in sessionStorage, not the address
// bar: an email or phone number in a URL ends up in history and server logs.

const KEY = 'medbook.pendingVerification'

const ZPending = z.object({
  identifier: z.string(),
  /** masked, as the API returned it ("a***@gmail.com") */
  sentTo: z.string().nullable(),
  /** epoch milliseconds */
  codeExpiresAt: z.number().nullable(),
  sentAt: z.number().nullable(),
})

export type PendingVerification = z.infer<typeof ZPending>

export function savePendingVerification(value: PendingVerification) {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(value))
  } catch {}
}

export function readPendingVerification(): PendingVerification | null {
  try {
    const parsed = ZPending.safeParse(JSON.parse(window.sessionStorage.getItem(KEY) ?? 'null'))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export function clearPendingVerification() {
  try {
    window.sessionStorage.removeItem(KEY)
  } catch {}
}
