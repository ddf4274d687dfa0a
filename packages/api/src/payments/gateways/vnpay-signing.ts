import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * VNPay 2.1.0 signing (https://sandbox.vnpayment.vn/apis/docs/thanh-toan-pay/pay.html,
 * .../truy-van-hoan-tien/querydr&refund.html): HMAC-SHA512 with the merchant's hash secret, hex.
 */
export function vnpayHmac(hashSecret: string, data: string): string {
  return createHmac('sha512', hashSecret).update(data, 'utf8').digest('hex')
}

/** The fields a redirect/IPN signature covers: every vnp_ field but the hash itself and its (2.0.x) type. */
function signedEntries(params: Record<string, string>): [string, string][] {
  return Object.entries(params)
    .filter(([key]) => key.startsWith('vnp_') && key !== 'vnp_SecureHash' && key !== 'vnp_SecureHashType')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}

/**
 * The string VNPay signs for a payment URL, IPN and return URL: fields sorted by name, names and
 * values form-encoded (space as '+', ':' as %3A, '/' as %2F), joined by '&' — the very query string
 * sent. URLSearchParams encodes as VNPay's PHP (urlencode) and Java (URLEncoder) samples do, apart
 * from '*', which no field we send contains.
 */
export function vnpayCanonicalQuery(params: Record<string, string>): string {
  return new URLSearchParams(signedEntries(params)).toString()
}

export function signVnpayParams(hashSecret: string, params: Record<string, string>): string {
  return vnpayHmac(hashSecret, vnpayCanonicalQuery(params))
}

/** querydr and refund sign their fields in a documented order, joined by '|'; a missing field is empty. */
export function vnpayPipeChecksum(hashSecret: string, fields: readonly unknown[]): string {
  return vnpayHmac(hashSecret, fields.map(pipeField).join('|'))
}

function pipeField(value: unknown): string {
  if (value === undefined || value === null) return ''
  return typeof value === 'string' || typeof value === 'number' ? String(value) : ''
}

/** Compares a received hex signature with the expected one in constant time (VNPay's case is not guaranteed). */
export function sameSignature(expectedHex: string, received: unknown): boolean {
  if (typeof received !== 'string' || received.length !== expectedHex.length || !/^[0-9a-fA-F]+$/.test(received)) {
    return false
  }
  return timingSafeEqual(Buffer.from(expectedHex, 'utf8'), Buffer.from(received.toLowerCase(), 'utf8'))
}

const GMT7_OFFSET_MS = 7 * 60 * 60 * 1000

/** yyyyMMddHHmmss in GMT+7, VNPay's one date format (vnp_CreateDate, vnp_ExpireDate, vnp_PayDate ...). */
export function formatVnpayDate(instant: Date): string {
  const shifted = new Date(instant.getTime() + GMT7_OFFSET_MS)
  const pad = (value: number, width = 2) => String(value).padStart(width, '0')
  return (
    pad(shifted.getUTCFullYear(), 4) +
    pad(shifted.getUTCMonth() + 1) +
    pad(shifted.getUTCDate()) +
    pad(shifted.getUTCHours()) +
    pad(shifted.getUTCMinutes()) +
    pad(shifted.getUTCSeconds())
  )
}

/** The instant a VNPay yyyyMMddHHmmss (GMT+7) names, or null when it is not one. */
export function parseVnpayDate(text: unknown): Date | null {
  if (typeof text !== 'string') return null
  const match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(text)
  if (!match) return null
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  const utc = Date.UTC(year, month - 1, day, hour, minute, second)
  const date = new Date(utc - GMT7_OFFSET_MS)
  // Date.UTC rolls 20240231 over to March: a real date formats back to the same text
  return formatVnpayDate(date) === text ? date : null
}
