import {
  MOMO_CREATE_FIELDS,
  MOMO_QUERY_FIELDS,
  MOMO_REFUND_FIELDS,
  momoInteger,
  momoScalar,
  momoSignatureMatches,
} from '@medbook/api'
import { MOMO_CODES, type MomoCode, type MomoLang, momoMessage } from './momo-sandbox-codes.js'
import { refundedSoFar, type SandboxStore } from './momo-sandbox-store.js'

export interface SandboxCredentials {
  partnerCode: string
  accessKey: string
  secretKey: string
}

export interface SandboxContext {
  credentials: SandboxCredentials
  store: SandboxStore
}

export interface ApiAnswer {
  status: number
  body: Record<string, unknown>
}

type Body = Record<string, unknown>

// MoMo's limits for wallet payments and refunds (developers.momo.vn v3 wallet/onetime, payment-api/refund)
const MIN_AMOUNT = 1_000
const MAX_AMOUNT = 50_000_000
const MOMO_ORDER_ID = /^[0-9a-zA-Z]([-_.]*[0-9a-zA-Z]+)*$/

const langOf = (body: Body): MomoLang => (body.lang === 'en' ? 'en' : 'vi')

function text(body: Body, field: string, max: number): string | null {
  const value = body[field]
  return typeof value === 'string' && value.length <= max ? value : null
}

function httpUrl(value: string | null): string | null {
  if (value === null) return null
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? value : null
  } catch {
    return null
  }
}

/** A refusal that echoes what identifies the request, as MoMo's answers do. */
function refusal(body: Body, code: MomoCode, status = 200): ApiAnswer {
  return {
    status,
    body: {
      partnerCode: momoScalar(body.partnerCode) ?? '',
      orderId: momoScalar(body.orderId) ?? '',
      requestId: momoScalar(body.requestId) ?? '',
      amount: momoInteger(body.amount) ?? 0,
      responseTime: Date.now(),
      message: momoMessage(code, langOf(body)),
      resultCode: code,
    },
  }
}

/** Partner known and signature right, or the refusal MoMo gives (11 access denied, 13 authentication failed). */
function authenticate<F extends readonly string[]>(
  ctx: SandboxContext,
  body: Body,
  fields: F,
  values: Omit<Record<F[number], string | number>, 'accessKey'>,
): ApiAnswer | null {
  if (body.partnerCode !== ctx.credentials.partnerCode) return refusal(body, MOMO_CODES.accessDenied, 400)
  const signed = { ...values, accessKey: ctx.credentials.accessKey } as Record<F[number], string | number>
  if (!momoSignatureMatches(ctx.credentials.secretKey, fields, signed, body.signature)) {
    return refusal(body, MOMO_CODES.authenticationFailed, 400)
  }
  return null
}

export function createPayment(ctx: SandboxContext, body: Body, origin: string): ApiAnswer {
  const orderId = text(body, 'orderId', 200)
  const requestId = text(body, 'requestId', 50)
  const amount = momoInteger(body.amount)
  const orderInfo = text(body, 'orderInfo', 255)
  const redirectUrl = httpUrl(text(body, 'redirectUrl', 2048))
  const ipnUrl = httpUrl(text(body, 'ipnUrl', 2048))
  const extraData = text(body, 'extraData', 10_000)
  const requestType = body.requestType
  if (
    orderId === null ||
    !MOMO_ORDER_ID.test(orderId) ||
    !requestId ||
    amount === null ||
    orderInfo === null ||
    redirectUrl === null ||
    ipnUrl === null ||
    extraData === null ||
    (requestType !== 'captureWallet' && requestType !== 'payWithMethod')
  ) {
    return refusal(body, MOMO_CODES.badFormat, 400)
  }
  const denied = authenticate(ctx, body, MOMO_CREATE_FIELDS, {
    amount: momoScalar(body.amount) as string,
    extraData,
    ipnUrl,
    orderId,
    orderInfo,
    partnerCode: ctx.credentials.partnerCode,
    redirectUrl,
    requestId,
    requestType,
  })
  if (denied) return denied
  if (amount < MIN_AMOUNT || amount > MAX_AMOUNT) return refusal(body, MOMO_CODES.amountOutOfRange)
  if (ctx.store.orderIdTaken(orderId)) return refusal(body, MOMO_CODES.duplicatedOrderId)

  const lang = langOf(body)
  const order = ctx.store.addOrder({ orderId, requestId, amount, orderInfo, redirectUrl, ipnUrl, extraData, lang })
  return {
    status: 200,
    body: {
      partnerCode: ctx.credentials.partnerCode,
      orderId,
      requestId,
      amount,
      responseTime: Date.now(),
      message: momoMessage(MOMO_CODES.successful, lang),
      resultCode: MOMO_CODES.successful,
      payUrl: `${origin}/sandbox/momo/pay/${order.token}`,
    },
  }
}

export function queryPayment(ctx: SandboxContext, body: Body): ApiAnswer {
  const orderId = text(body, 'orderId', 200)
  const requestId = text(body, 'requestId', 50)
  if (!orderId || !requestId) return refusal(body, MOMO_CODES.badFormat, 400)
  const denied = authenticate(ctx, body, MOMO_QUERY_FIELDS, {
    orderId,
    partnerCode: ctx.credentials.partnerCode,
    requestId,
  })
  if (denied) return denied
  const order = ctx.store.order(orderId)
  if (!order) return refusal(body, MOMO_CODES.orderNotFound)
  const lang = langOf(body)
  const resultCode = order.resultCode as MomoCode
  return {
    status: 200,
    body: {
      partnerCode: ctx.credentials.partnerCode,
      orderId,
      requestId,
      extraData: order.extraData,
      amount: order.amount,
      transId: order.transId,
      payType: order.payType,
      resultCode,
      refundTrans: order.refunds.map((refund) => ({
        orderId: refund.orderId,
        amount: refund.amount,
        resultCode: MOMO_CODES.successful,
        transId: refund.transId,
        createdTime: refund.createdTime,
      })),
      message: momoMessage(resultCode, lang),
      responseTime: Date.now(),
    },
  }
}

export function refundPayment(ctx: SandboxContext, body: Body): ApiAnswer {
  const orderId = text(body, 'orderId', 200)
  const requestId = text(body, 'requestId', 50)
  const amount = momoInteger(body.amount)
  const transId = momoInteger(body.transId)
  const description = text(body, 'description', 255)
  if (
    !orderId ||
    !MOMO_ORDER_ID.test(orderId) ||
    !requestId ||
    amount === null ||
    transId === null ||
    description === null
  ) {
    return refusal(body, MOMO_CODES.badFormat, 400)
  }
  const denied = authenticate(ctx, body, MOMO_REFUND_FIELDS, {
    amount: momoScalar(body.amount) as string,
    description,
    orderId,
    partnerCode: ctx.credentials.partnerCode,
    requestId,
    transId: momoScalar(body.transId) as string,
  })
  if (denied) return denied

  const lang = langOf(body)
  const answer = (refundTransId: number, createdTime: number): ApiAnswer => ({
    status: 200,
    body: {
      partnerCode: ctx.credentials.partnerCode,
      orderId,
      requestId,
      amount,
      transId: refundTransId,
      resultCode: MOMO_CODES.successful,
      message: momoMessage(MOMO_CODES.successful, lang),
      responseTime: createdTime,
    },
  })
  const earlier = ctx.store.refund(orderId)
  if (earlier) {
    // MoMo's idempotency: the same request again gets the same answer; anything else reusing the orderId is a duplicate
    const sameRequest =
      earlier.requestId === requestId && earlier.amount === amount && earlier.paymentTransId === transId
    return sameRequest ? answer(earlier.transId, earlier.createdTime) : refusal(body, MOMO_CODES.duplicatedOrderId)
  }
  if (ctx.store.orderIdTaken(orderId)) return refusal(body, MOMO_CODES.duplicatedOrderId)
  if (amount < MIN_AMOUNT || amount > MAX_AMOUNT) return refusal(body, MOMO_CODES.amountOutOfRange)
  const payment = ctx.store.paymentByTransId(transId)
  if (!payment) return refusal(body, MOMO_CODES.orderNotFound)
  if (payment.status !== 'paid') return refusal(body, MOMO_CODES.notRefundable)
  if (amount > payment.amount - refundedSoFar(payment)) return refusal(body, MOMO_CODES.refundRejected)

  const refund = {
    orderId,
    requestId,
    amount,
    paymentTransId: transId,
    transId: ctx.store.nextTransId(),
    createdTime: Date.now(),
  }
  ctx.store.addRefund(payment, refund)
  return answer(refund.transId, refund.createdTime)
}
