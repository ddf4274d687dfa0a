import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * VNPay's side of the signing, written from VNPay's documentation and PHP sample (urlencode of
 * each sorted vnp_ field, HMAC-SHA512; pipe-joined fields for querydr/refund) and kept apart from
 * the gateway module on purpose: the sandbox is the other party, so a mistake in one is caught by the other.
 */
export function hmacSha512(secret: string, data: string): string {
  return createHmac('sha512', secret).update(data, 'utf8').digest('hex')
}

/** PHP's urlencode: letters, digits and "-_." stay, a space becomes '+', every other byte %XX. */
function phpUrlencode(text: string): string {
  return encodeURIComponent(text)
    .replace(/[!'()*~]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+')
}

/** The hash data of VNPay's samples: sorted vnp_ fields (not the hash or its type), urlencoded, '&'-joined. */
export function hashData(params: Record<string, string>): string {
  return Object.keys(params)
    .filter((key) => key.startsWith('vnp_') && key !== 'vnp_SecureHash' && key !== 'vnp_SecureHashType')
    .sort()
    .map((key) => `${phpUrlencode(key)}=${phpUrlencode(params[key] ?? '')}`)
    .join('&')
}

export function signedQuery(secret: string, params: Record<string, string>): string {
  const data = hashData(params)
  return `${data}&vnp_SecureHash=${hmacSha512(secret, data)}`
}

export function pipeHash(secret: string, values: readonly unknown[]): string {
  return hmacSha512(
    secret,
    values.map((value) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '')).join('|'),
  )
}

export function signatureMatches(expected: string, received: unknown): boolean {
  if (typeof received !== 'string' || !/^[0-9a-fA-F]{128}$/.test(received)) return false
  return timingSafeEqual(Buffer.from(expected), Buffer.from(received.toLowerCase()))
}

/** VNPay's clock: yyyyMMddHHmmss in GMT+7. */
export function vnpayNow(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000)
    .toISOString()
    .replace(/\.\d{3}Z$/, '')
    .replace(/\D/g, '')
}
