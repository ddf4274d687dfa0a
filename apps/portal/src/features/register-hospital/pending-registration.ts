import { z } from 'zod'

// Between registration and the code screen the email travels in sessionStorage, not the
// address bar: an address in a URL ends up in history and server logs.

const KEY = 'medbook.portal.pendingRegistration'

const ZPending = z.object({
  email: z.string(),
  /** masked, as the API returned it ("d***@benhvien.vn"); null when arriving from log in */
  sentTo: z.string().nullable(),
  /** epoch milliseconds */
  codeExpiresAt: z.number().nullable(),
  sentAt: z.number().nullable(),
})

export type PendingRegistration = z.infer<typeof ZPending>

export function savePendingRegistration(value: PendingRegistration) {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(value))
  } catch {}
}

export function readPendingRegistration(): PendingRegistration | null {
  try {
    const parsed = ZPending.safeParse(JSON.parse(window.sessionStorage.getItem(KEY) ?? 'null'))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export function clearPendingRegistration() {
  try {
    window.sessionStorage.removeItem(KEY)
  } catch {}
}
