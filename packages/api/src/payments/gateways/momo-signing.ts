import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * MoMo (payment gateway API v2) signatures: HMAC-SHA256, lowercase hex, over
 * `key=value&key=value…` with the documented keys in the documented (a–z) order and the
 * values as they are, not URL-encoded. The field lists come from developers.momo.vn v3:
 * payment-methods (wallet/onetime, the same list for captureWallet and payWithMethod, as in
 * MoMo's own samples github.com/momo-wallet/payment nodejs/MoMo.js and nodejs/CollectionLink.js),
 * result-handling/notification (IPN and redirect), payment-api/query and payment-api/refund.
 */
export const MOMO_CREATE_FIELDS = [
  'accessKey',
  'amount',
  'extraData',
  'ipnUrl',
  'orderId',
  'orderInfo',
  'partnerCode',
  'redirectUrl',
  'requestId',
  'requestType',
] as const

/** the payment result MoMo sends to the IPN URL (JSON) and the redirect URL (query) */
export const MOMO_RESULT_FIELDS = [
  'accessKey',
  'amount',
  'extraData',
  'message',
  'orderId',
  'orderInfo',
  'orderType',
  'partnerCode',
  'payType',
  'requestId',
  'responseTime',
  'resultCode',
  'transId',
] as const

export const MOMO_QUERY_FIELDS = ['accessKey', 'orderId', 'partnerCode', 'requestId'] as const

export const MOMO_REFUND_FIELDS = [
  'accessKey',
  'amount',
  'description',
  'orderId',
  'partnerCode',
  'requestId',
  'transId',
] as const

export type MomoSignedValues<F extends readonly string[]> = { [K in F[number]]: string | number }

export function momoRawSignature<F extends readonly string[]>(fields: F, values: MomoSignedValues<F>): string {
  const record = values as Record<string, string | number>
  return fields.map((field) => `${field}=${record[field]}`).join('&')
}

export function momoSign<F extends readonly string[]>(
  secretKey: string,
  fields: F,
  values: MomoSignedValues<F>,
): string {
  return createHmac('sha256', secretKey).update(momoRawSignature(fields, values), 'utf8').digest('hex')
}

/** Constant-time comparison; anything but 64 hex digits is simply not a match. */
export function momoSignatureMatches<F extends readonly string[]>(
  secretKey: string,
  fields: F,
  values: MomoSignedValues<F>,
  signature: unknown,
): boolean {
  if (typeof signature !== 'string' || !/^[0-9a-fA-F]{64}$/.test(signature)) return false
  const expected = Buffer.from(momoSign(secretKey, fields, values), 'hex')
  return timingSafeEqual(expected, Buffer.from(signature.toLowerCase(), 'hex'))
}
