/**
 * A fresh key for one booking attempt. The API returns the appointment an earlier request with
 * the same key made, so a double click or a retry after a lost answer never books twice.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  // randomUUID needs a secure context; plain http on a local network has only getRandomValues
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}
