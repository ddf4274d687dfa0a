import { randomUUID } from 'node:crypto'
import type {
  CheckoutLink,
  CheckoutRequest,
  PaymentGateway,
  QueryOutcome,
  QueryRequest,
  RefundOutcome,
  RefundRequest,
} from './gateway.js'
import { MomoCheckoutError } from './momo-errors.js'
import { postToMomo } from './momo-http.js'
import { checkMomoResult, MOMO_PAID_CODES, momoInteger } from './momo-result.js'
import { MOMO_CREATE_FIELDS, MOMO_QUERY_FIELDS, MOMO_REFUND_FIELDS, momoSign } from './momo-signing.js'

export { MomoCheckoutError, type MomoCheckoutFailure } from './momo-errors.js'

export type MomoRequestType = 'captureWallet' | 'payWithMethod'

export interface MomoConfig {
  partnerCode: string
  accessKey: string
  secretKey: string
  /** scheme and host, e.g. https://test-payment.momo.vn; the /v2/gateway/api/… paths are added */
  endpoint: string
  requestType: MomoRequestType
  /** per call to MoMo; default 10 s */
  timeoutMs?: number
}

/** MoMo documents that the partner answers an IPN with HTTP 204 No Content (within 15 s). */
export const MOMO_IPN_ANSWER_STATUS = 204
export const MOMO_DEFAULT_ENDPOINT = 'https://test-payment.momo.vn'
const DEFAULT_TIMEOUT_MS = 10_000
const REQUEST_TYPES: readonly MomoRequestType[] = ['captureWallet', 'payWithMethod']

// resultCodes from developers.momo.vn v3 result-handling/resultcode
const PENDING_CODES: ReadonlySet<number> = new Set([1000, 7000, 7002, 8000])
const ORDER_NOT_FOUND = 42
/** maintenance, "a similar transaction is being processed", unknown error, refund failed in processing, processing */
const RETRY_LATER_CODES: ReadonlySet<number> = new Set([10, 43, 99, 1080, 7000, 7002])
/** MoMo's orderId pattern; our refund ids are MoMo orderIds too */
const MOMO_ORDER_ID = /^[0-9a-zA-Z]([-_.]*[0-9a-zA-Z]+)*$/

/** MoMo settings from the environment; null while the partner code or keys are not set. */
export function readMomoConfig(env: NodeJS.ProcessEnv): MomoConfig | null {
  const partnerCode = env.MOMO_PARTNER_CODE?.trim()
  const accessKey = env.MOMO_ACCESS_KEY?.trim()
  const secretKey = env.MOMO_SECRET_KEY?.trim()
  if (!partnerCode || !accessKey || !secretKey) return null
  const endpoint = (env.MOMO_ENDPOINT?.trim() || MOMO_DEFAULT_ENDPOINT).replace(/\/+$/, '')
  if (!isHttpUrl(endpoint)) throw new Error('MOMO_ENDPOINT must be an http(s) URL')
  const requestType = env.MOMO_REQUEST_TYPE?.trim() || 'captureWallet'
  if (!REQUEST_TYPES.includes(requestType as MomoRequestType)) {
    throw new Error(`MOMO_REQUEST_TYPE must be one of ${REQUEST_TYPES.join(', ')}`)
  }
  return { partnerCode, accessKey, secretKey, endpoint, requestType: requestType as MomoRequestType }
}

export function createMomoGateway(config: MomoConfig): PaymentGateway {
  const endpoint = config.endpoint.replace(/\/+$/, '')
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const { partnerCode, accessKey, secretKey } = config
  const echoes = (body: Record<string, unknown>, orderId: string) =>
    body.partnerCode === partnerCode && body.orderId === orderId

  async function createCheckout(request: CheckoutRequest): Promise<CheckoutLink> {
    const problem = checkoutProblem(request)
    if (problem) throw new MomoCheckoutError('invalid_request', problem)
    const signed = {
      accessKey,
      amount: request.amount,
      extraData: '',
      ipnUrl: request.notifyUrl,
      orderId: request.reference,
      orderInfo: request.description,
      partnerCode,
      redirectUrl: request.returnUrl,
      requestId: randomUUID(),
      requestType: config.requestType,
    }
    const { accessKey: _notSent, ...fields } = signed
    const answer = await postToMomo(
      `${endpoint}/v2/gateway/api/create`,
      { ...fields, lang: request.locale, signature: momoSign(secretKey, MOMO_CREATE_FIELDS, signed) },
      timeoutMs,
    )
    if (!answer.ok) throw new MomoCheckoutError('unreachable', answer.message)
    const body = answer.body
    const resultCode = momoInteger(body.resultCode)
    if (resultCode === null) throw new MomoCheckoutError('bad_answer', 'MoMo create answer has no resultCode')
    if (resultCode !== 0) {
      throw new MomoCheckoutError(
        'rejected',
        `MoMo refused create: ${resultCode} ${String(body.message ?? '')}`,
        resultCode,
      )
    }
    // MoMo documents no signature on this answer: it must at least be about our request
    if (!echoes(body, request.reference) || body.requestId !== signed.requestId) {
      throw new MomoCheckoutError('bad_answer', 'MoMo create answer is about another order or request')
    }
    if (momoInteger(body.amount) !== request.amount) {
      throw new MomoCheckoutError('bad_answer', 'MoMo create answer has another amount')
    }
    if (typeof body.payUrl !== 'string' || !isHttpUrl(body.payUrl)) {
      throw new MomoCheckoutError('bad_answer', 'MoMo create answer has no payUrl')
    }
    return { redirectUrl: body.payUrl }
  }

  async function query(request: QueryRequest): Promise<QueryOutcome> {
    const signed = { accessKey, orderId: request.reference, partnerCode, requestId: randomUUID() }
    const { accessKey: _notSent, ...fields } = signed
    const answer = await postToMomo(
      `${endpoint}/v2/gateway/api/query`,
      { ...fields, lang: 'en', signature: momoSign(secretKey, MOMO_QUERY_FIELDS, signed) },
      timeoutMs,
    )
    if (!answer.ok) return { kind: 'unknown', message: answer.message }
    const body = answer.body
    const resultCode = momoInteger(body.resultCode)
    if (resultCode === null) return { kind: 'unknown', message: 'MoMo query answer has no resultCode' }
    const code = String(resultCode)
    const reference = request.reference
    if (resultCode === ORDER_NOT_FOUND) return { kind: 'not_found', reference, code }
    if (!echoes(body, reference)) return { kind: 'unknown', message: 'MoMo query answer is about another order' }
    if (PENDING_CODES.has(resultCode)) return { kind: 'pending', reference, code }
    const amount = momoInteger(body.amount)
    const transId = momoInteger(body.transId)
    if (MOMO_PAID_CODES.has(resultCode)) {
      const responseTime = momoInteger(body.responseTime)
      if (amount === null || amount <= 0 || transId === null || transId <= 0 || responseTime === null) {
        return { kind: 'unknown', message: 'MoMo query answer says paid without amount, transId or time' }
      }
      // the query answer carries no payment time: responseTime is when MoMo answered
      return { kind: 'paid', reference, amount, transactionId: String(transId), paidAt: new Date(responseTime), code }
    }
    if (resultCode >= 1000) {
      const transactionId = transId !== null && transId > 0 ? String(transId) : null
      return { kind: 'failed', reference, amount: amount ?? 0, transactionId, code }
    }
    return { kind: 'unknown', message: `MoMo query answered ${code}: ${String(body.message ?? '')}` }
  }

  async function refund(request: RefundRequest): Promise<RefundOutcome> {
    const problem = refundProblem(request)
    if (problem) return { kind: 'rejected', code: 'invalid_request', message: problem }
    // the refund's orderId and requestId are both our refundId: a retry is the same request to MoMo
    const signed = {
      accessKey,
      amount: request.amount,
      description: request.reason,
      orderId: request.refundId,
      partnerCode,
      requestId: request.refundId,
      transId: Number(request.transactionId),
    }
    const { accessKey: _notSent, ...fields } = signed
    const answer = await postToMomo(
      `${endpoint}/v2/gateway/api/refund`,
      { ...fields, lang: 'en', signature: momoSign(secretKey, MOMO_REFUND_FIELDS, signed) },
      timeoutMs,
    )
    if (!answer.ok) return { kind: 'unknown', message: answer.message }
    const body = answer.body
    const resultCode = momoInteger(body.resultCode)
    if (resultCode === null) return { kind: 'unknown', message: 'MoMo refund answer has no resultCode' }
    const message = typeof body.message === 'string' ? body.message.slice(0, 300) : ''
    if (!echoes(body, request.refundId))
      return { kind: 'unknown', message: 'MoMo refund answer is about another refund' }
    if (resultCode === 0) {
      const transId = momoInteger(body.transId)
      if (momoInteger(body.amount) !== request.amount || transId === null || transId <= 0) {
        return { kind: 'unknown', message: 'MoMo refund answer has another amount or no transId' }
      }
      return { kind: 'refunded', refundTransactionId: String(transId), code: '0' }
    }
    if (RETRY_LATER_CODES.has(resultCode)) {
      return { kind: 'unknown', message: `MoMo refund answered ${resultCode}: ${message}` }
    }
    return { kind: 'rejected', code: String(resultCode), message }
  }

  return {
    method: 'momo',
    createCheckout,
    verifyNotification: (payload) => checkMomoResult(config, payload),
    verifyReturn: (payload) => checkMomoResult(config, payload),
    query,
    refund,
  }
}

function checkoutProblem(request: CheckoutRequest): string | null {
  if (!/^[A-Za-z0-9]{1,32}$/.test(request.reference)) return 'reference must be 1-32 letters or digits'
  if (!Number.isSafeInteger(request.amount) || request.amount <= 0) return 'amount must be a positive integer (VND)'
  if (request.description.length === 0 || request.description.length > 200)
    return 'description must be 1-200 characters'
  if (!isHttpUrl(request.returnUrl) || !isHttpUrl(request.notifyUrl))
    return 'returnUrl and notifyUrl must be http(s) URLs'
  return null
}

function refundProblem(request: RefundRequest): string | null {
  if (request.refundId.length > 50 || !MOMO_ORDER_ID.test(request.refundId)) return 'refundId is not a MoMo orderId'
  if (!Number.isSafeInteger(request.amount) || request.amount <= 0) return 'amount must be a positive integer (VND)'
  if (request.amount > request.paidAmount) return 'cannot refund more than was paid'
  if (!/^\d{1,16}$/.test(request.transactionId) || !Number.isSafeInteger(Number(request.transactionId))) {
    return 'transactionId is not a MoMo transId'
  }
  return null
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}
