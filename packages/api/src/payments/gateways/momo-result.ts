import type { CallbackCheck } from './gateway.js'
import { MOMO_RESULT_FIELDS, momoSignatureMatches } from './momo-signing.js'

export interface MomoCredentials {
  partnerCode: string
  accessKey: string
  secretKey: string
}

/** resultCode 0 is "Successful."; 9000 "Authorized" counts as paid for one-step (autoCapture) payments. */
export const MOMO_PAID_CODES: ReadonlySet<number> = new Set([0, 9000])

const TEXT_FIELDS = [
  'partnerCode',
  'orderId',
  'requestId',
  'orderInfo',
  'orderType',
  'message',
  'payType',
  'extraData',
] as const
const INTEGER_FIELDS = ['amount', 'resultCode', 'transId', 'responseTime'] as const

/** a JSON scalar as the text MoMo signed: strings as they are, integers in decimal */
export function momoScalar(value: unknown): string | null {
  if (typeof value === 'string') return value
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value)
  return null
}

export function momoInteger(value: unknown): number | null {
  const text = momoScalar(value)
  if (text === null || !/^-?\d{1,16}$/.test(text)) return null
  const number = Number(text)
  return Number.isSafeInteger(number) ? number : null
}

/**
 * A payment result as MoMo sends it to the IPN URL (JSON body) or appends it to the redirect URL
 * (query parameters): every documented field present, the signature over them matching, the
 * partner ours. Only then does it become a verdict.
 */
export function checkMomoResult(credentials: MomoCredentials, payload: Record<string, unknown>): CallbackCheck {
  if (typeof payload !== 'object' || payload === null) return { ok: false, reason: 'malformed' }
  const text: Record<string, string> = {}
  for (const field of [...TEXT_FIELDS, ...INTEGER_FIELDS]) {
    const value = momoScalar(payload[field])
    if (value === null) return { ok: false, reason: 'malformed' }
    text[field] = value
  }
  const amount = momoInteger(text.amount)
  const resultCode = momoInteger(text.resultCode)
  const transId = momoInteger(text.transId)
  const responseTime = momoInteger(text.responseTime)
  if (amount === null || amount <= 0 || resultCode === null || transId === null || transId < 0) {
    return { ok: false, reason: 'malformed' }
  }
  if (responseTime === null || responseTime <= 0 || text.orderId === '') return { ok: false, reason: 'malformed' }

  const signed = { ...text, accessKey: credentials.accessKey } as Record<(typeof MOMO_RESULT_FIELDS)[number], string>
  if (!momoSignatureMatches(credentials.secretKey, MOMO_RESULT_FIELDS, signed, payload.signature)) {
    return { ok: false, reason: 'bad_signature' }
  }
  if (text.partnerCode !== credentials.partnerCode) return { ok: false, reason: 'wrong_merchant' }

  const reference = text.orderId as string
  const code = String(resultCode)
  if (MOMO_PAID_CODES.has(resultCode)) {
    return {
      ok: true,
      verdict: {
        kind: 'paid',
        reference,
        amount,
        transactionId: String(transId),
        paidAt: new Date(responseTime),
        code,
      },
    }
  }
  return {
    ok: true,
    verdict: { kind: 'failed', reference, amount, transactionId: transId > 0 ? String(transId) : null, code },
  }
}
