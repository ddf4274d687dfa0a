import type { CallbackCheck } from './gateway.js'
import { vndFromVnpayAmount } from './vnpay-fields.js'
import { parseVnpayDate, sameSignature, signVnpayParams } from './vnpay-signing.js'

/**
 * Checks a VNPay IPN or return URL as received (its query parameters): the signature over every
 * vnp_ field, then the merchant code. vnp_ResponseCode 00 with vnp_TransactionStatus 00 is a
 * payment; anything else a failure with VNPay's response code (24: the payer cancelled).
 */
export function checkVnpayCallback(
  payload: Record<string, unknown>,
  merchant: { tmnCode: string; hashSecret: string },
): CallbackCheck {
  const params = stringParams(payload)
  if (!params) return { ok: false, reason: 'malformed' }
  const { vnp_SecureHash: signature, vnp_TxnRef: reference, vnp_Amount: rawAmount } = params
  if (!signature || !reference || !rawAmount || !params.vnp_ResponseCode || !params.vnp_TmnCode) {
    return { ok: false, reason: 'malformed' }
  }
  if (!sameSignature(signVnpayParams(merchant.hashSecret, params), signature)) {
    return { ok: false, reason: 'bad_signature' }
  }
  if (params.vnp_TmnCode !== merchant.tmnCode) return { ok: false, reason: 'wrong_merchant' }
  const amount = vndFromVnpayAmount(rawAmount)
  if (amount === null) return { ok: false, reason: 'malformed' }

  const transactionNo = params.vnp_TransactionNo
  const transactionId = transactionNo && transactionNo !== '0' ? transactionNo : null
  if (params.vnp_ResponseCode === '00' && params.vnp_TransactionStatus === '00') {
    const paidAt = parseVnpayDate(params.vnp_PayDate)
    if (!transactionId || !paidAt) return { ok: false, reason: 'malformed' }
    return { ok: true, verdict: { kind: 'paid', reference, amount, transactionId, paidAt, code: '00' } }
  }
  return {
    ok: true,
    verdict: { kind: 'failed', reference, amount, transactionId, code: params.vnp_ResponseCode },
  }
}

/** A query string object (node's querystring, URLSearchParams) as strings; a repeated field is not VNPay's. */
function stringParams(payload: Record<string, unknown>): Record<string, string> | null {
  const params: Record<string, string> = {}
  for (const [key, value] of Object.entries(payload)) {
    if (typeof value !== 'string') return null
    params[key] = value
  }
  return params
}
