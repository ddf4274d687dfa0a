import type { IncomingMessage, ServerResponse } from 'node:http'
import { readBody } from '../route-helpers.js'
import { checkoutPage, errorPage, type SandboxError } from './vnpay-sandbox-pages.js'
import { hashData, hmacSha512, signatureMatches, signedQuery, vnpayNow } from './vnpay-sandbox-signing.js'
import type { SandboxPayment, SandboxState } from './vnpay-sandbox-state.js'

/** The payment page VNPay shows the payer (paymentv2/vpcpay.html), and what happens on Pay or Cancel. */

export interface Merchant {
  tmnCode: string
  hashSecret: string
  ipnUrl: () => string
}

interface PayRequest {
  params: Record<string, string>
  txnRef: string
  amount: number
  returnUrl: string
  expiresAt: Date | null
}

const REQUIRED = [
  'vnp_Version',
  'vnp_Command',
  'vnp_TmnCode',
  'vnp_Amount',
  'vnp_CreateDate',
  'vnp_CurrCode',
  'vnp_IpAddr',
  'vnp_Locale',
  'vnp_OrderInfo',
  'vnp_OrderType',
  'vnp_ReturnUrl',
  'vnp_TxnRef',
  'vnp_SecureHash',
] as const

// codes from VNPay's response-code table (pay.html) and its payment error page ("70: Sai chữ ký")
const BAD_FORMAT: SandboxError = { code: '03', vi: 'Dữ liệu gửi sang không đúng định dạng', en: 'Malformed request' }
const BAD_MERCHANT: SandboxError = { code: '02', vi: 'Merchant không hợp lệ', en: 'Unknown merchant (vnp_TmnCode)' }
const BAD_SIGNATURE: SandboxError = { code: '70', vi: 'Sai chữ ký', en: 'Invalid signature' }
const EXPIRED: SandboxError = {
  code: '11',
  vi: 'Đã hết hạn chờ thanh toán. Xin quý khách vui lòng thực hiện lại giao dịch.',
  en: 'The payment link has expired. Please start again.',
}
const ALREADY_DONE: SandboxError = {
  code: '01',
  vi: 'Giao dịch đã tồn tại',
  en: 'This transaction was already processed',
}

function readPayRequest(url: URL, merchant: Merchant): PayRequest | SandboxError {
  const params: Record<string, string> = {}
  for (const [key, value] of url.searchParams) {
    if (key in params) return BAD_FORMAT
    params[key] = value
  }
  if (REQUIRED.some((key) => !params[key])) return BAD_FORMAT
  if (params.vnp_TmnCode !== merchant.tmnCode) return BAD_MERCHANT
  if (!signatureMatches(hmacSha512(merchant.hashSecret, hashData(params)), params.vnp_SecureHash)) return BAD_SIGNATURE
  const amount = Number(params.vnp_Amount)
  const valid =
    params.vnp_Version === '2.1.0' &&
    params.vnp_Command === 'pay' &&
    params.vnp_CurrCode === 'VND' &&
    (params.vnp_Locale === 'vn' || params.vnp_Locale === 'en') &&
    /^\d+$/.test(params.vnp_Amount ?? '') &&
    amount % 100 === 0 &&
    amount >= 500_000 &&
    amount < 100_000_000_000 &&
    /^\d{14}$/.test(params.vnp_CreateDate ?? '') &&
    (params.vnp_ExpireDate === undefined || /^\d{14}$/.test(params.vnp_ExpireDate)) &&
    /^[A-Za-z0-9]{1,100}$/.test(params.vnp_TxnRef ?? '') &&
    /^https?:\/\//.test(params.vnp_ReturnUrl ?? '')
  if (!valid) return BAD_FORMAT
  const expiresAt = params.vnp_ExpireDate ? gmt7ToDate(params.vnp_ExpireDate) : null
  if (expiresAt && expiresAt.getTime() < Date.now()) return EXPIRED
  return { params, txnRef: params.vnp_TxnRef as string, amount, returnUrl: params.vnp_ReturnUrl as string, expiresAt }
}

function gmt7ToDate(text: string): Date {
  const [y, mo, d, h, mi, s] = [0, 4, 6, 8, 10, 12].map((at, i) => Number(text.slice(at, at + (i === 0 ? 4 : 2))))
  return new Date(Date.UTC(y ?? 0, (mo ?? 1) - 1, d, h, mi, s) - 7 * 3_600_000)
}

function sendHtml(res: ServerResponse, status: number, html: string) {
  res
    .writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy':
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'",
      'x-content-type-options': 'nosniff',
    })
    .end(html)
}

export function showCheckout(url: URL, res: ServerResponse, merchant: Merchant, state: SandboxState) {
  const request = readPayRequest(url, merchant)
  if ('code' in request) return sendHtml(res, 400, errorPage(request))
  const known = state.payments.get(request.txnRef)
  if (known && known.status !== 'pending') return sendHtml(res, 409, errorPage(ALREADY_DONE))
  // seen, not paid: querydr now answers "not finished" (01) for it
  state.payments.set(request.txnRef, {
    txnRef: request.txnRef,
    amount: request.amount,
    orderInfo: request.params.vnp_OrderInfo ?? '',
    createDate: request.params.vnp_CreateDate ?? '',
    status: 'pending',
    transactionNo: '0',
    bankCode: '',
    payDate: '',
    refunds: [],
    ipnReply: null,
  })
  sendHtml(
    res,
    200,
    checkoutPage({
      merchant: merchant.tmnCode,
      reference: request.txnRef,
      amountVnd: request.amount / 100,
      orderInfo: request.params.vnp_OrderInfo ?? '',
      expiresAt: request.expiresAt,
      action: url.pathname + url.search,
    }),
  )
}

export async function decideCheckout(
  req: IncomingMessage,
  url: URL,
  res: ServerResponse,
  merchant: Merchant,
  state: SandboxState,
) {
  const request = readPayRequest(url, merchant)
  if ('code' in request) return sendHtml(res, 400, errorPage(request))
  const form = new URLSearchParams(
    (await readBody(req, 1024, () => new Error('form too large')).catch(() => Buffer.alloc(0))).toString('utf8'),
  )
  const decision = form.get('decision')
  if (decision !== 'approve' && decision !== 'decline') return sendHtml(res, 400, errorPage(BAD_FORMAT))
  const known = state.payments.get(request.txnRef)
  if (known && known.status !== 'pending') return sendHtml(res, 409, errorPage(ALREADY_DONE))

  const approved = decision === 'approve'
  const payment: SandboxPayment = {
    txnRef: request.txnRef,
    amount: request.amount,
    orderInfo: request.params.vnp_OrderInfo ?? '',
    createDate: request.params.vnp_CreateDate ?? '',
    status: approved ? 'paid' : 'cancelled',
    transactionNo: approved ? state.nextTransactionNo() : '0',
    bankCode: approved ? 'NCB' : 'VNPAY',
    payDate: vnpayNow(),
    refunds: [],
    ipnReply: null,
  }
  state.payments.set(payment.txnRef, payment)
  const result = signedQuery(merchant.hashSecret, resultParams(payment, merchant.tmnCode, approved))
  payment.ipnReply = await sendIpn(merchant.ipnUrl(), result)
  const separator = request.returnUrl.includes('?') ? '&' : '?'
  res.writeHead(302, { location: `${request.returnUrl}${separator}${result}`, 'cache-control': 'no-store' }).end()
}

/** What VNPay sends to the IPN and return URLs (pay.html, "Code IPN URL"); 24: the payer cancelled. */
function resultParams(payment: SandboxPayment, tmnCode: string, approved: boolean): Record<string, string> {
  return {
    vnp_Amount: String(payment.amount),
    vnp_BankCode: payment.bankCode,
    ...(approved ? { vnp_BankTranNo: `VNP${payment.transactionNo}`, vnp_CardType: 'ATM' } : {}),
    vnp_OrderInfo: payment.orderInfo,
    vnp_PayDate: payment.payDate,
    vnp_ResponseCode: approved ? '00' : '24',
    vnp_TmnCode: tmnCode,
    vnp_TransactionNo: payment.transactionNo,
    vnp_TransactionStatus: approved ? '00' : '02',
    vnp_TxnRef: payment.txnRef,
  }
}

/** VNPay calls the merchant's IPN URL by GET and reads {"RspCode","Message"}; the sandbox waits for it. */
async function sendIpn(ipnUrl: string, signed: string): Promise<string> {
  try {
    const separator = ipnUrl.includes('?') ? '&' : '?'
    const response = await fetch(`${ipnUrl}${separator}${signed}`, { signal: AbortSignal.timeout(10_000) })
    const body = (await response.json()) as { RspCode?: unknown }
    return typeof body.RspCode === 'string' ? body.RspCode : `HTTP ${response.status} without RspCode`
  } catch (error) {
    return `no answer (${error instanceof Error ? error.name : 'error'})`
  }
}
