import { randomBytes } from 'node:crypto'
import type { QueryOutcome, QueryRequest, RefundOutcome, RefundRequest } from './gateway.js'
import { VNPAY_VERSION, vndFromVnpayAmount, vnpayIpAddress } from './vnpay-fields.js'
import { formatVnpayDate, parseVnpayDate, sameSignature, vnpayPipeChecksum } from './vnpay-signing.js'

/**
 * VNPay's merchant web API (querydr, refund): JSON POSTs whose checksum covers fields in the order
 * https://sandbox.vnpayment.vn/apis/docs/truy-van-hoan-tien/querydr&refund.html lists them.
 */
interface ApiSettings {
  tmnCode: string
  hashSecret: string
  apiUrl: string
  timeoutMs: number
}

export const QUERYDR_REQUEST_FIELDS = [
  'vnp_RequestId',
  'vnp_Version',
  'vnp_Command',
  'vnp_TmnCode',
  'vnp_TxnRef',
  'vnp_TransactionDate',
  'vnp_CreateDate',
  'vnp_IpAddr',
  'vnp_OrderInfo',
] as const

export const REFUND_REQUEST_FIELDS = [
  'vnp_RequestId',
  'vnp_Version',
  'vnp_Command',
  'vnp_TmnCode',
  'vnp_TransactionType',
  'vnp_TxnRef',
  'vnp_Amount',
  'vnp_TransactionNo',
  'vnp_TransactionDate',
  'vnp_CreateBy',
  'vnp_CreateDate',
  'vnp_IpAddr',
  'vnp_OrderInfo',
] as const

export const REFUND_RESPONSE_FIELDS = [
  'vnp_ResponseId',
  'vnp_Command',
  'vnp_ResponseCode',
  'vnp_Message',
  'vnp_TmnCode',
  'vnp_TxnRef',
  'vnp_Amount',
  'vnp_BankCode',
  'vnp_PayDate',
  'vnp_TransactionNo',
  'vnp_TransactionType',
  'vnp_TransactionStatus',
  'vnp_OrderInfo',
] as const

export const QUERYDR_RESPONSE_FIELDS = [...REFUND_RESPONSE_FIELDS, 'vnp_PromotionCode', 'vnp_PromotionAmount'] as const

type Answer = Record<string, unknown>

export async function queryVnpayTransaction(api: ApiSettings, request: QueryRequest): Promise<QueryOutcome> {
  const body: Record<string, string> = {
    vnp_RequestId: newRequestId(),
    vnp_Version: VNPAY_VERSION,
    vnp_Command: 'querydr',
    vnp_TmnCode: api.tmnCode,
    vnp_TxnRef: request.reference,
    vnp_OrderInfo: `Truy van giao dich ${request.reference}`,
    vnp_TransactionDate: formatVnpayDate(request.createdAt),
    vnp_CreateDate: formatVnpayDate(request.requestedAt),
    vnp_IpAddr: vnpayIpAddress(request.clientIp),
  }
  if (request.transactionId) body.vnp_TransactionNo = request.transactionId
  const exchanged = await exchange(api, body, QUERYDR_REQUEST_FIELDS, QUERYDR_RESPONSE_FIELDS, request.reference)
  if (!exchanged.ok) return { kind: 'unknown', message: exchanged.failure }
  const answer = exchanged.answer
  const reference = request.reference
  const responseCode = text(answer.vnp_ResponseCode)
  if (responseCode === '91') return { kind: 'not_found', reference, code: '91' }
  if (responseCode !== '00') return { kind: 'unknown', message: refusal('querydr', answer) }

  const status = text(answer.vnp_TransactionStatus)
  // 01: not finished; 07: money taken but held as suspected fraud until the merchant decides
  if (status === '01' || status === '07') return { kind: 'pending', reference, code: status }
  const amount = vndFromVnpayAmount(answer.vnp_Amount)
  if (amount === null) return { kind: 'unknown', message: 'VNPay querydr answer has no valid amount' }
  const transactionNo = text(answer.vnp_TransactionNo)
  const transactionId = transactionNo && transactionNo !== '0' ? transactionNo : null
  if (status === '00') {
    const paidAt = parseVnpayDate(answer.vnp_PayDate)
    if (!transactionId || !paidAt) return { kind: 'unknown', message: 'VNPay querydr answer lacks transaction or date' }
    return { kind: 'paid', reference, amount, transactionId, paidAt, code: '00' }
  }
  return { kind: 'failed', reference, amount, transactionId, code: status || responseCode }
}

/** Refund codes after which asking again cannot succeed; the rest (94 in progress, 99) are worth a later retry. */
const FINAL_REFUSALS = new Set(['02', '03', '04', '13', '91', '93', '95', '97'])

export async function refundVnpayTransaction(api: ApiSettings, request: RefundRequest): Promise<RefundOutcome> {
  if (!/^[A-Za-z0-9]{1,32}$/.test(request.refundId)) {
    return { kind: 'rejected', code: 'invalid_request', message: 'refundId must be 1-32 letters or digits' }
  }
  if (!Number.isInteger(request.amount) || request.amount <= 0 || request.amount > request.paidAmount) {
    return {
      kind: 'rejected',
      code: 'invalid_request',
      message: 'refund amount must be whole dong, > 0, ≤ the amount paid',
    }
  }
  const body: Record<string, string> = {
    vnp_RequestId: request.refundId,
    vnp_Version: VNPAY_VERSION,
    vnp_Command: 'refund',
    vnp_TmnCode: api.tmnCode,
    // 02: all of the payment, 03: part of it (a remainder after a partial refund is partial too)
    vnp_TransactionType: request.amount === request.paidAmount ? '02' : '03',
    vnp_TxnRef: request.reference,
    vnp_Amount: String(request.amount * 100),
    vnp_TransactionNo: request.transactionId,
    vnp_TransactionDate: formatVnpayDate(request.createdAt),
    vnp_CreateBy: request.requestedBy.slice(0, 250),
    vnp_CreateDate: formatVnpayDate(request.requestedAt),
    vnp_IpAddr: vnpayIpAddress(request.clientIp),
    vnp_OrderInfo: request.reason.slice(0, 255) || `Hoan tien ${request.reference}`,
  }
  const exchanged = await exchange(api, body, REFUND_REQUEST_FIELDS, REFUND_RESPONSE_FIELDS, request.reference)
  if (!exchanged.ok) return { kind: 'unknown', message: exchanged.failure }
  const answer = exchanged.answer
  const responseCode = text(answer.vnp_ResponseCode)
  if (responseCode === '00') {
    const refundTransactionId = text(answer.vnp_TransactionNo)
    if (!refundTransactionId) return { kind: 'unknown', message: 'VNPay refund answer has no transaction number' }
    return { kind: 'refunded', refundTransactionId, code: '00' }
  }
  if (FINAL_REFUSALS.has(responseCode)) {
    return { kind: 'rejected', code: responseCode, message: refusal('refund', answer) }
  }
  return { kind: 'unknown', message: refusal('refund', answer) }
}

/** Signs and sends one request; answers only what came back signed by VNPay for this merchant and reference. */
async function exchange(
  api: ApiSettings,
  body: Record<string, string>,
  requestFields: readonly string[],
  responseFields: readonly string[],
  reference: string,
): Promise<{ ok: true; answer: Answer } | { ok: false; failure: string }> {
  const signed = {
    ...body,
    vnp_SecureHash: vnpayPipeChecksum(
      api.hashSecret,
      requestFields.map((field) => body[field]),
    ),
  }
  const command = body.vnp_Command
  let answer: unknown
  try {
    const response = await fetch(api.apiUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(signed),
      signal: AbortSignal.timeout(api.timeoutMs),
    })
    if (!response.ok) return { ok: false, failure: `VNPay ${command} answered HTTP ${response.status}` }
    answer = await response.json()
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError'
    return {
      ok: false,
      failure: timedOut ? `VNPay ${command} did not answer in time` : `VNPay ${command} unreachable or unreadable`,
    }
  }
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) {
    return { ok: false, failure: `VNPay ${command} answer is not a JSON object` }
  }
  const fields = answer as Answer
  const expected = vnpayPipeChecksum(
    api.hashSecret,
    responseFields.map((field) => fields[field]),
  )
  if (!sameSignature(expected, fields.vnp_SecureHash)) {
    return { ok: false, failure: `VNPay ${command} answer is unsigned or its checksum does not match` }
  }
  if (fields.vnp_TmnCode !== undefined && text(fields.vnp_TmnCode) !== api.tmnCode) {
    return { ok: false, failure: `VNPay ${command} answer names another merchant` }
  }
  if (fields.vnp_TxnRef !== undefined && text(fields.vnp_TxnRef) !== '' && text(fields.vnp_TxnRef) !== reference) {
    return { ok: false, failure: `VNPay ${command} answer is about another payment` }
  }
  return { ok: true, answer: fields }
}

function newRequestId(): string {
  return randomBytes(16).toString('hex')
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : ''
}

function refusal(command: string, answer: Answer): string {
  const message = text(answer.vnp_Message).slice(0, 200)
  return `VNPay ${command} answered ${text(answer.vnp_ResponseCode) || '(no code)'}${message ? `: ${message}` : ''}`
}
