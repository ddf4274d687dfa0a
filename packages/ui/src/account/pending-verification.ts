import { z } from 'zod'

// Between sign-up and the code screen the identifier travels in sessionStorage, not the address
// bar: an email or phone number in a URL ends up in history and server logs.

const ZPending = z.object({
  /** the email or phone number the code was sent for */
  identifier: z.string(),
  /** masked, as the API returned it ("a***@gmail.com"); null when arriving from log in */
  sentTo: z.string().nullable(),
  /** epoch milliseconds */
  codeExpiresAt: z.number().nullable(),
  sentAt: z.number().nullable(),
})

export type PendingVerification = z.infer<typeof ZPending>

export interface PendingVerificationStore {
  save: (value: PendingVerification) => void
  read: () => PendingVerification | null
  clear: () => void
}

/** The pending verification of one app, kept under its own sessionStorage key. */
export function pendingVerificationStore(key: string): PendingVerificationStore {
  return {
    save(value) {
      try {
        window.sessionStorage.setItem(key, JSON.stringify(value))
      } catch {}
    },
    read() {
      try {
        const parsed = ZPending.safeParse(JSON.parse(window.sessionStorage.getItem(key) ?? 'null'))
        return parsed.success ? parsed.data : null
      } catch {
        return null
      }
    },
    clear() {
      try {
        window.sessionStorage.removeItem(key)
      } catch {}
    },
  }
}
