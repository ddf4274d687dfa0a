import { z } from 'zod'
import { AppError } from '../../errors.js'
import type { CheckoutLink, CheckoutRequest, PaymentGateway } from './gateway.js'
import { checkVnpayCallback } from './vnpay-callbacks.js'
import { VNPAY_VERSION, vnpayIpAddress, vnpayOrderInfo } from './vnpay-fields.js'
import { formatVnpayDate, vnpayCanonicalQuery, vnpayHmac } from './vnpay-signing.js'
import { queryVnpayTransaction, refundVnpayTransaction } from './vnpay-transaction-api.js'

export interface VnpayConfig {
  /** vnp_TmnCode: the merchant's website code at VNPay */
  tmnCode: string
  /** vnp_HashSecret: signs every message both ways; never logged */
  hashSecret: string
  /** the payer's browser is sent here (…/paymentv2/vpcpay.html) */
  paymentUrl: string
  /** querydr and refund are POSTed here (…/merchant_webapi/api/transaction) */
  apiUrl: string
  /** per call to apiUrl; default 10 s */
  timeoutMs?: number
}

const DEFAULT_TIMEOUT_MS = 10_000

const ZVnpayEnv = z.object({
  VNPAY_TMN_CODE: z.string().optional(),
  VNPAY_HASH_SECRET: z.string().optional(),
  VNPAY_PAYMENT_URL: z.url().default('https://sandbox.vnpayment.vn/paymentv2/vpcpay.html'),
  VNPAY_API_URL: z.url().default('https://sandbox.vnpayment.vn/merchant_webapi/api/transaction'),
})

/** VNPay's settings from the environment; null when the merchant code or secret is not set (VNPay off). */
export function readVnpayConfig(env: NodeJS.ProcessEnv): VnpayConfig | null {
  const clean = Object.fromEntries(Object.keys(ZVnpayEnv.shape).map((key) => [key, env[key]?.trim() || undefined]))
  const parsed = ZVnpayEnv.safeParse(clean)
  if (!parsed.success) throw new Error(`Invalid VNPay environment: ${z.prettifyError(parsed.error)}`)
  const { VNPAY_TMN_CODE: tmnCode, VNPAY_HASH_SECRET: hashSecret } = parsed.data
  if (!tmnCode || !hashSecret) return null
  return { tmnCode, hashSecret, paymentUrl: parsed.data.VNPAY_PAYMENT_URL, apiUrl: parsed.data.VNPAY_API_URL }
}

export function createVnpayGateway(config: VnpayConfig): PaymentGateway {
  const api = { ...config, timeoutMs: config.timeoutMs ?? DEFAULT_TIMEOUT_MS }
  return {
    method: 'vnpay',
    async createCheckout(request) {
      return buildCheckoutLink(config, request)
    },
    verifyNotification: (payload) => checkVnpayCallback(payload, config),
    verifyReturn: (payload) => checkVnpayCallback(payload, config),
    query: (request) => queryVnpayTransaction(api, request),
    refund: (request) => refundVnpayTransaction(api, request),
  }
}

/** VNPay takes 5,000 VND up to (not including) one billion in one payment. */
const MIN_AMOUNT = 5_000
const MAX_AMOUNT = 999_999_999

function buildCheckoutLink(config: VnpayConfig, request: CheckoutRequest): CheckoutLink {
  if (!/^[A-Za-z0-9]{1,32}$/.test(request.reference)) {
    throw new AppError('BAD_REQUEST', 'Mã đơn không hợp lệ / Invalid payment reference')
  }
  if (!Number.isInteger(request.amount) || request.amount < MIN_AMOUNT || request.amount > MAX_AMOUNT) {
    throw new AppError(
      'BAD_REQUEST',
      'Số tiền VNPay nhận từ 5.000đ đến dưới 1 tỷ đồng / VNPay takes 5,000 to 999,999,999 VND',
    )
  }
  if (!(request.expiresAt.getTime() > request.createdAt.getTime())) {
    throw new AppError('BAD_REQUEST', 'Liên kết thanh toán đã hết hạn / The payment link expires before it starts')
  }
  if (!isHttpUrl(request.returnUrl)) {
    throw new AppError('BAD_REQUEST', 'Địa chỉ trả về không hợp lệ / Invalid return URL')
  }
  const params: Record<string, string> = {
    vnp_Version: VNPAY_VERSION,
    vnp_Command: 'pay',
    vnp_TmnCode: config.tmnCode,
    vnp_Amount: String(request.amount * 100),
    vnp_CreateDate: formatVnpayDate(request.createdAt),
    vnp_CurrCode: 'VND',
    vnp_IpAddr: vnpayIpAddress(request.clientIp),
    vnp_Locale: request.locale === 'vi' ? 'vn' : 'en',
    vnp_OrderInfo: vnpayOrderInfo(request.description, request.reference),
    vnp_OrderType: 'other',
    vnp_ReturnUrl: request.returnUrl,
    vnp_TxnRef: request.reference,
    vnp_ExpireDate: formatVnpayDate(request.expiresAt),
  }
  // sent as signed, in VNPay's documented order, the hash last
  const signedQuery = vnpayCanonicalQuery(params)
  const url = new URL(config.paymentUrl)
  url.search = `${signedQuery}&vnp_SecureHash=${vnpayHmac(config.hashSecret, signedQuery)}`
  return { redirectUrl: url.toString() }
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

export type VnpayIpnResult = 'ok' | 'bad_signature' | 'not_found' | 'amount_mismatch' | 'already_confirmed' | 'error'

/**
 * The JSON body our IPN endpoint answers VNPay with (pay.html, "Code IPN URL"). VNPay retries
 * until it gets 00 or 02. Messages are VNPay's sample wording ("Unknow error" included).
 */
export function vnpayIpnReply(result: VnpayIpnResult): { RspCode: string; Message: string } {
  switch (result) {
    case 'ok':
      return { RspCode: '00', Message: 'Confirm Success' }
    case 'not_found':
      return { RspCode: '01', Message: 'Order not found' }
    case 'already_confirmed':
      return { RspCode: '02', Message: 'Order already confirmed' }
    case 'amount_mismatch':
      return { RspCode: '04', Message: 'Invalid amount' }
    case 'bad_signature':
      return { RspCode: '97', Message: 'Invalid signature' }
    case 'error':
      return { RspCode: '99', Message: 'Unknow error' }
  }
}
