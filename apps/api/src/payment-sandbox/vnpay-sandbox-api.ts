import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { answerJson, readBody } from '../route-helpers.js'
import { pipeHash, signatureMatches, vnpayNow } from './vnpay-sandbox-signing.js'
import { refundedAmount, type SandboxPayment, type SandboxState } from './vnpay-sandbox-state.js'

/**
 * VNPay's merchant_webapi/api/transaction: querydr and refund as JSON, checksums in the field
 * orders and answer codes of https://sandbox.vnpayment.vn/apis/docs/truy-van-hoan-tien/querydr&refund.html.
 */

const QUERYDR_FIELDS = [
  'vnp_RequestId',
  'vnp_Version',
  'vnp_Command',
  'vnp_TmnCode',
  'vnp_TxnRef',
  'vnp_TransactionDate',
  'vnp_CreateDate',
  'vnp_IpAddr',
  'vnp_OrderInfo',
]
const REFUND_FIELDS = [
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
]
const REFUND_ANSWER_FIELDS = [
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
]
const QUERYDR_ANSWER_FIELDS = [...REFUND_ANSWER_FIELDS, 'vnp_PromotionCode', 'vnp_PromotionAmount']

const MESSAGES: Record<string, string> = {
  '00': 'Yêu cầu thành công / Request succeeded',
  '02': 'Tổng số tiền hoàn trả lớn hơn số tiền gốc / Refunds would exceed the amount paid',
  '03': 'Dữ liệu gửi sang không đúng định dạng / Malformed request',
  '04': 'Không cho phép hoàn trả toàn phần sau khi hoàn trả một phần / No full refund after a partial one',
  '91': 'Không tìm thấy giao dịch yêu cầu / Transaction not found',
  '93': 'Số tiền hoàn trả không hợp lệ / Invalid refund amount',
  '94': 'Yêu cầu bị trùng lặp / Duplicate request',
  '95': 'Giao dịch này không thành công bên VNPAY / This transaction did not succeed at VNPAY',
  '97': 'Checksum không hợp lệ / Invalid checksum',
}
const BAD_MERCHANT = 'Mã định danh kết nối không hợp lệ / Invalid merchant code (vnp_TmnCode)'

type Body = Record<string, unknown>
type Answer = Record<string, string>

export async function handleTransactionApi(
  req: IncomingMessage,
  res: ServerResponse,
  merchant: { tmnCode: string; hashSecret: string },
  state: SandboxState,
) {
  let body: Body
  try {
    const parsed: unknown = JSON.parse((await readBody(req, 16 * 1024, () => new Error('too large'))).toString('utf8'))
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object')
    body = parsed as Body
  } catch {
    return answerJson(res, 200, sign(merchant.hashSecret, QUERYDR_ANSWER_FIELDS, respond({}, '03')))
  }
  const command = body.vnp_Command
  const answerFields = command === 'refund' ? REFUND_ANSWER_FIELDS : QUERYDR_ANSWER_FIELDS
  const reply = (answer: Answer) => answerJson(res, 200, sign(merchant.hashSecret, answerFields, answer))
  if (command !== 'querydr' && command !== 'refund') return reply(respond(body, '03'))
  if (body.vnp_TmnCode !== merchant.tmnCode) return reply({ ...respond(body, '02'), vnp_Message: BAD_MERCHANT })
  const expected = pipeHash(
    merchant.hashSecret,
    (command === 'refund' ? REFUND_FIELDS : QUERYDR_FIELDS).map((field) => body[field]),
  )
  if (!signatureMatches(expected, body.vnp_SecureHash)) return reply(respond(body, '97'))
  if (!wellFormed(body)) return reply(respond(body, '03'))
  const requestId = body.vnp_RequestId as string
  if (state.requestIds.has(requestId)) return reply(respond(body, '94'))
  state.requestIds.add(requestId)

  const payment = state.payments.get(body.vnp_TxnRef as string)
  // VNPay finds a payment by its reference and the date the merchant created it
  if (!payment || payment.createDate !== body.vnp_TransactionDate) return reply(respond(body, '91'))
  return reply(command === 'querydr' ? queryAnswer(body, payment) : refund(body, payment, state))
}

function wellFormed(body: Body): boolean {
  const isText = (field: string, pattern: RegExp) => typeof body[field] === 'string' && pattern.test(body[field])
  return (
    body.vnp_Version === '2.1.0' &&
    isText('vnp_RequestId', /^[A-Za-z0-9]{1,32}$/) &&
    isText('vnp_TxnRef', /^[A-Za-z0-9]{1,100}$/) &&
    isText('vnp_TransactionDate', /^\d{14}$/) &&
    isText('vnp_CreateDate', /^\d{14}$/) &&
    isText('vnp_IpAddr', /^[0-9A-Fa-f:.]{7,45}$/) &&
    isText('vnp_OrderInfo', /^.{1,255}$/s)
  )
}

function queryAnswer(body: Body, payment: SandboxPayment): Answer {
  return {
    ...respond(body, '00'),
    vnp_Amount: String(payment.amount),
    vnp_BankCode: payment.bankCode,
    vnp_PayDate: payment.payDate,
    vnp_TransactionNo: payment.transactionNo,
    vnp_TransactionType: '01',
    vnp_TransactionStatus: payment.status === 'paid' ? '00' : payment.status === 'pending' ? '01' : '02',
    vnp_OrderInfo: payment.orderInfo,
    vnp_PromotionCode: '',
    vnp_PromotionAmount: '',
  }
}

function refund(body: Body, payment: SandboxPayment, state: SandboxState): Answer {
  const type = body.vnp_TransactionType
  const rawAmount = body.vnp_Amount
  const amount =
    typeof rawAmount === 'number' ? rawAmount : typeof rawAmount === 'string' ? Number(rawAmount) : Number.NaN
  if ((type !== '02' && type !== '03') || !Number.isSafeInteger(amount) || amount <= 0 || amount % 100 !== 0) {
    return respond(body, '03')
  }
  if (typeof body.vnp_CreateBy !== 'string' || body.vnp_CreateBy.length === 0) return respond(body, '03')
  const transactionNo = body.vnp_TransactionNo
  if (
    transactionNo !== undefined &&
    transactionNo !== '' &&
    transactionNo !== '0' &&
    transactionNo !== payment.transactionNo
  ) {
    return respond(body, '91')
  }
  if (payment.status !== 'paid') return respond(body, '95')
  if (amount > payment.amount) return respond(body, '93')
  const refunded = refundedAmount(payment)
  if (type === '02') {
    if (refunded > 0) return respond(body, '04')
    if (amount !== payment.amount) return respond(body, '93')
  } else if (refunded + amount > payment.amount) {
    return respond(body, '02')
  }
  const refundNo = state.nextTransactionNo()
  payment.refunds.push({
    requestId: body.vnp_RequestId as string,
    amount,
    transactionNo: refundNo,
    transactionType: type,
  })
  return {
    ...respond(body, '00'),
    vnp_Amount: String(amount),
    vnp_BankCode: payment.bankCode,
    vnp_PayDate: vnpayNow(),
    vnp_TransactionNo: refundNo,
    vnp_TransactionType: type,
    // 05: VNPay is processing the refund with the bank
    vnp_TransactionStatus: '05',
    vnp_OrderInfo: typeof body.vnp_OrderInfo === 'string' ? body.vnp_OrderInfo : '',
  }
}

function respond(body: Body, code: string): Answer {
  const echo = (field: string) => (typeof body[field] === 'string' ? (body[field] as string) : '')
  return {
    vnp_ResponseId: randomBytes(16).toString('hex'),
    vnp_Command: echo('vnp_Command'),
    vnp_ResponseCode: code,
    vnp_Message: MESSAGES[code] ?? '',
    vnp_TmnCode: echo('vnp_TmnCode'),
    vnp_TxnRef: echo('vnp_TxnRef'),
  }
}

function sign(secret: string, fields: readonly string[], answer: Answer): Answer {
  return {
    ...answer,
    vnp_SecureHash: pipeHash(
      secret,
      fields.map((field) => answer[field]),
    ),
  }
}
