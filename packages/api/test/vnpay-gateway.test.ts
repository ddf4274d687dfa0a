import { createHmac } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CheckoutRequest, RefundRequest } from '../src/payments/gateways/gateway.js'
import { createVnpayGateway, readVnpayConfig, vnpayIpnReply } from '../src/payments/gateways/vnpay.js'
import {
  formatVnpayDate,
  parseVnpayDate,
  signVnpayParams,
  vnpayCanonicalQuery,
} from '../src/payments/gateways/vnpay-signing.js'

/**
 * Published example 1: the `vnpay` npm package's test fixtures (github.com/lehuygiang28/vnpay,
 * test/__helpers__/test-fixtures.ts, DEFAULT_RETURN_QUERY_INPUT with secureSecret 'test_secret'),
 * a return URL VNPay sent for a paid order, with its vnp_SecureHash.
 */
const PUBLISHED_SECRET = 'test_secret'
const PUBLISHED_TMN = 'TEST_TMN_CODE'
const publishedReturn = {
  vnp_Amount: '1000000',
  vnp_BankCode: 'NCB',
  vnp_BankTranNo: 'VNP14422574',
  vnp_CardType: 'ATM',
  vnp_OrderInfo: 'Thanh toan don hang 2024-05-21T02:17:31.249Z',
  vnp_PayDate: '20240521091806',
  vnp_ResponseCode: '00',
  vnp_TmnCode: 'TEST_TMN_CODE',
  vnp_TransactionNo: '14422574',
  vnp_TransactionStatus: '00',
  vnp_TxnRef: '1716257871703',
  vnp_SecureHash:
    '649982421beb422556a1374713c74e58e716ecbd05007c0c0e1f7effdfaf361dbf146889ca446139afe11b9954c4d5c486e99e3b86fcfab6957f29eb0be72895',
}
/** same fixture file's consumer (test/integration/vnpay/verify-return-url.test.ts): the one with vnp_ResponseCode 99 */
const PUBLISHED_FAILED_HASH =
  '503194f6d93b57b357b2d1d09742565e67e86d771352c5dca4fc8d39df3d392c6b3809add9405f97cfb9631f445e36c80656cfbf47eac67d97fa165865c13e1b'

/**
 * Published example 2: the payment URL in VNPay's own documentation
 * (https://sandbox.vnpayment.vn/apis/docs/thanh-toan-pay/pay.html, "Tạo URL Thanh toán"). Its secret
 * is not published, so it checks the signed string (sorting and encoding), not the hash.
 */
const DOCS_SIGNED_QUERY =
  'vnp_Amount=1806000&vnp_Command=pay&vnp_CreateDate=20210801153333&vnp_CurrCode=VND&vnp_IpAddr=127.0.0.1' +
  '&vnp_Locale=vn&vnp_OrderInfo=Thanh+toan+don+hang+%3A5&vnp_OrderType=other' +
  '&vnp_ReturnUrl=https%3A%2F%2Fdomainmerchant.vn%2FReturnUrl&vnp_TmnCode=DEMOV210&vnp_TxnRef=5&vnp_Version=2.1.0'

const publishedGateway = createVnpayGateway({
  tmnCode: PUBLISHED_TMN,
  hashSecret: PUBLISHED_SECRET,
  paymentUrl: 'https://sandbox.vnpayment.vn/paymentv2/vpcpay.html',
  apiUrl: 'http://127.0.0.1:9/unused',
})

describe('VNPay signing against published examples', () => {
  it('reproduces the vnpay package fixture hash exactly and reads it as paid', () => {
    const { vnp_SecureHash, ...signed } = publishedReturn
    expect(signVnpayParams(PUBLISHED_SECRET, signed)).toBe(vnp_SecureHash)
    expect(publishedGateway.verifyReturn(publishedReturn)).toEqual({
      ok: true,
      verdict: {
        kind: 'paid',
        reference: '1716257871703',
        amount: 10_000,
        transactionId: '14422574',
        // 09:18:06 in Hà Nội
        paidAt: new Date('2024-05-21T02:18:06Z'),
        code: '00',
      },
    })
  })

  it('reproduces the published hash of the failed variant and reads it as failed', () => {
    const failed = { ...publishedReturn, vnp_ResponseCode: '99', vnp_SecureHash: PUBLISHED_FAILED_HASH }
    const { vnp_SecureHash, ...signed } = failed
    expect(signVnpayParams(PUBLISHED_SECRET, signed)).toBe(vnp_SecureHash)
    const check = publishedGateway.verifyNotification(failed)
    expect(check).toEqual({
      ok: true,
      verdict: { kind: 'failed', reference: '1716257871703', amount: 10_000, transactionId: '14422574', code: '99' },
    })
  })

  it("builds the very string VNPay's documented payment URL signs (sorted, '+' for spaces, %3A, %2F)", () => {
    const docsParams = Object.fromEntries(new URLSearchParams(DOCS_SIGNED_QUERY))
    const shuffled = Object.fromEntries(Object.entries(docsParams).reverse())
    expect(vnpayCanonicalQuery(shuffled)).toBe(DOCS_SIGNED_QUERY)
  })

  it("createCheckout produces the documented example's parameters exactly", async () => {
    const gateway = createVnpayGateway({
      tmnCode: 'DEMOV210',
      hashSecret: 'any-secret',
      paymentUrl: 'https://sandbox.vnpayment.vn/paymentv2/vpcpay.html',
      apiUrl: 'https://sandbox.vnpayment.vn/merchant_webapi/api/transaction',
    })
    const { redirectUrl } = await gateway.createCheckout({
      reference: '5',
      amount: 18_060,
      description: 'Thanh toan don hang :5',
      returnUrl: 'https://domainmerchant.vn/ReturnUrl',
      notifyUrl: 'https://domainmerchant.vn/ipn',
      clientIp: '127.0.0.1',
      locale: 'vi',
      createdAt: new Date('2021-08-01T08:33:33Z'),
      expiresAt: new Date('2021-08-01T08:48:33Z'),
    })
    const url = new URL(redirectUrl)
    expect(url.origin + url.pathname).toBe('https://sandbox.vnpayment.vn/paymentv2/vpcpay.html')
    const query = url.search.slice(1)
    const [signedPart, hashPart] = query.split('&vnp_SecureHash=') as [string, string]
    expect(signedPart).toBe(DOCS_SIGNED_QUERY.replace('&vnp_IpAddr', '&vnp_ExpireDate=20210801154833&vnp_IpAddr'))
    expect(hashPart).toBe(createHmac('sha512', 'any-secret').update(signedPart).digest('hex'))
  })
})

const merchant = { tmnCode: 'MEDBOOK1', hashSecret: 'medbook-test-secret' }

function signedCallback(overrides: Record<string, string> = {}): Record<string, string> {
  const params = {
    vnp_Amount: '15000000',
    vnp_BankCode: 'NCB',
    vnp_BankTranNo: 'VNP15000001',
    vnp_CardType: 'ATM',
    vnp_OrderInfo: 'Kham tim mach',
    vnp_PayDate: '20260115083000',
    vnp_ResponseCode: '00',
    vnp_TmnCode: merchant.tmnCode,
    vnp_TransactionNo: '15000001',
    vnp_TransactionStatus: '00',
    vnp_TxnRef: 'PAY0001',
    ...overrides,
  }
  return { ...params, vnp_SecureHash: signVnpayParams(merchant.hashSecret, params) }
}

describe('VNPay callbacks', () => {
  const gateway = createVnpayGateway({ ...merchant, paymentUrl: 'https://pay.test/vpcpay.html', apiUrl: 'http://x' })

  it('accepts a genuine IPN, whatever the order or case of its hash, and ignores vnp_SecureHashType', () => {
    const ipn = signedCallback()
    const upper = { ...ipn, vnp_SecureHash: ipn.vnp_SecureHash?.toUpperCase() ?? '', vnp_SecureHashType: 'HmacSHA512' }
    for (const payload of [ipn, upper]) {
      const check = gateway.verifyNotification(payload)
      expect(check.ok && check.verdict).toMatchObject({ kind: 'paid', reference: 'PAY0001', amount: 150_000 })
    }
  })

  it('refuses a tampered amount, reference or status', () => {
    const ipn = signedCallback()
    for (const tamper of [
      { vnp_Amount: '100' },
      { vnp_TxnRef: 'PAY0002' },
      { vnp_ResponseCode: '00', vnp_TransactionStatus: '02' },
      { vnp_Extra: 'x' },
    ]) {
      expect(gateway.verifyNotification({ ...ipn, ...tamper })).toEqual({ ok: false, reason: 'bad_signature' })
    }
  })

  it('refuses a message signed for another merchant code', () => {
    const other = signedCallback({ vnp_TmnCode: 'OTHERTMN' })
    expect(gateway.verifyNotification(other)).toEqual({ ok: false, reason: 'wrong_merchant' })
    const wrongSecret = createVnpayGateway({ ...merchant, hashSecret: 'not-it', paymentUrl: 'https://p', apiUrl: 'x' })
    expect(wrongSecret.verifyReturn(signedCallback())).toEqual({ ok: false, reason: 'bad_signature' })
  })

  it('calls unreadable input malformed instead of throwing', () => {
    const ipn = signedCallback()
    const { vnp_SecureHash: _hash, ...unsigned } = ipn
    expect(gateway.verifyNotification(unsigned)).toEqual({ ok: false, reason: 'malformed' })
    expect(gateway.verifyNotification({ ...ipn, vnp_TxnRef: ['a', 'b'] })).toEqual({ ok: false, reason: 'malformed' })
    expect(gateway.verifyNotification({})).toEqual({ ok: false, reason: 'malformed' })
    expect(gateway.verifyNotification(signedCallback({ vnp_Amount: '150000.5' }))).toEqual({
      ok: false,
      reason: 'malformed',
    })
    expect(gateway.verifyNotification(signedCallback({ vnp_PayDate: '20260231083000' }))).toEqual({
      ok: false,
      reason: 'malformed',
    })
  })

  it('reads a cancelled payment (24, transaction 0) as failed without a transaction id', () => {
    const cancelled = signedCallback({ vnp_ResponseCode: '24', vnp_TransactionStatus: '02', vnp_TransactionNo: '0' })
    expect(gateway.verifyReturn(cancelled)).toEqual({
      ok: true,
      verdict: { kind: 'failed', reference: 'PAY0001', amount: 150_000, transactionId: null, code: '24' },
    })
  })
})

describe('VNPay checkout link', () => {
  const gateway = createVnpayGateway({ ...merchant, paymentUrl: 'https://pay.test/vpcpay.html', apiUrl: 'http://x' })
  const request: CheckoutRequest = {
    reference: 'PAY0001',
    amount: 150_000,
    description: 'Khám tim mạch — Đà Nẵng & co.',
    returnUrl: 'https://medbook.test/payments/return?x=1',
    notifyUrl: 'https://medbook.test/payments/vnpay/ipn',
    clientIp: '::ffff:10.0.0.7',
    locale: 'en',
    createdAt: new Date('2025-12-31T23:30:00Z'),
    expiresAt: new Date('2025-12-31T23:45:00Z'),
  }

  it('signs the documented fields with GMT+7 dates, amount × 100 and plain order info', async () => {
    const { redirectUrl } = await gateway.createCheckout(request)
    const params = Object.fromEntries(new URL(redirectUrl).searchParams)
    expect(params).toMatchObject({
      vnp_Version: '2.1.0',
      vnp_Command: 'pay',
      vnp_TmnCode: 'MEDBOOK1',
      vnp_Amount: '15000000',
      vnp_CurrCode: 'VND',
      vnp_Locale: 'en',
      vnp_OrderType: 'other',
      vnp_IpAddr: '10.0.0.7',
      vnp_OrderInfo: 'Kham tim mach Da Nang co.',
      vnp_CreateDate: '20260101063000',
      vnp_ExpireDate: '20260101064500',
      vnp_ReturnUrl: request.returnUrl,
      vnp_TxnRef: 'PAY0001',
    })
    const { vnp_SecureHash, ...signed } = params
    expect(vnp_SecureHash).toBe(signVnpayParams(merchant.hashSecret, signed))
  })

  it('refuses what VNPay would refuse, with a bilingual message', async () => {
    await expect(gateway.createCheckout({ ...request, amount: 4_999 })).rejects.toThrow(/5.000.*5,000/)
    await expect(gateway.createCheckout({ ...request, amount: 10_000.5 })).rejects.toThrow(/VND/)
    await expect(gateway.createCheckout({ ...request, reference: 'PAY-0001' })).rejects.toThrow(/reference/)
    await expect(gateway.createCheckout({ ...request, returnUrl: 'javascript:alert(1)' })).rejects.toThrow(/URL/)
    await expect(gateway.createCheckout({ ...request, expiresAt: request.createdAt })).rejects.toThrow(/expires/)
  })
})

describe('VNPay dates, config and IPN replies', () => {
  it('formats and parses GMT+7 whatever the process time zone', () => {
    expect(formatVnpayDate(new Date('2024-02-29T17:00:00Z'))).toBe('20240301000000')
    expect(parseVnpayDate('20240301000000')).toEqual(new Date('2024-02-29T17:00:00Z'))
    expect(parseVnpayDate('20240230000000')).toBeNull()
    expect(parseVnpayDate('2024030100000')).toBeNull()
  })

  it('reads VNPay settings, off without a merchant code or secret', () => {
    expect(readVnpayConfig({})).toBeNull()
    expect(readVnpayConfig({ VNPAY_TMN_CODE: 'ABC' })).toBeNull()
    expect(readVnpayConfig({ VNPAY_TMN_CODE: 'ABC', VNPAY_HASH_SECRET: 'S' })).toEqual({
      tmnCode: 'ABC',
      hashSecret: 'S',
      paymentUrl: 'https://sandbox.vnpayment.vn/paymentv2/vpcpay.html',
      apiUrl: 'https://sandbox.vnpayment.vn/merchant_webapi/api/transaction',
    })
    expect(() => readVnpayConfig({ VNPAY_TMN_CODE: 'A', VNPAY_HASH_SECRET: 'S', VNPAY_API_URL: 'nope' })).toThrow(
      /VNPay/,
    )
  })

  it("answers VNPay's IPN with its documented codes", () => {
    expect(vnpayIpnReply('ok')).toEqual({ RspCode: '00', Message: 'Confirm Success' })
    expect(vnpayIpnReply('not_found').RspCode).toBe('01')
    expect(vnpayIpnReply('already_confirmed').RspCode).toBe('02')
    expect(vnpayIpnReply('amount_mismatch').RspCode).toBe('04')
    expect(vnpayIpnReply('bad_signature').RspCode).toBe('97')
    expect(vnpayIpnReply('error').RspCode).toBe('99')
  })
})

/** A stand-in merchant API on a real socket: each test says how it answers. */
describe('VNPay querydr and refund over HTTP', () => {
  let server: Server
  let baseUrl: string
  let answer: (body: Record<string, string>, res: ServerResponse) => void
  const received: Record<string, string>[] = []

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const chunks: Buffer[] = []
      req.on('data', (chunk: Buffer) => chunks.push(chunk))
      req.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, string>
        received.push(body)
        answer(body, res)
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })

  // a generous timeout: a loaded CI machine must not turn a prompt answer into "unknown"
  const gateway = (timeoutMs = 5_000) =>
    createVnpayGateway({ ...merchant, paymentUrl: 'https://p.test', apiUrl: `${baseUrl}/api`, timeoutMs })
  const hmac = (text: string) => createHmac('sha512', merchant.hashSecret).update(text).digest('hex')
  const json = (res: ServerResponse, body: unknown) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body))
  const queryRequest = {
    reference: 'PAY0001',
    createdAt: new Date('2026-01-15T01:00:00Z'),
    transactionId: null,
    clientIp: '127.0.0.1',
    requestedAt: new Date('2026-01-15T02:00:00Z'),
  }

  it('signs querydr in the documented field order and believes a signed "not found"', async () => {
    answer = (body, res) => {
      const fields = [
        body.vnp_RequestId,
        'querydr',
        '91',
        'Not found',
        'MEDBOOK1',
        'PAY0001',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
      ]
      json(res, {
        vnp_ResponseId: body.vnp_RequestId,
        vnp_Command: 'querydr',
        vnp_ResponseCode: '91',
        vnp_Message: 'Not found',
        vnp_TmnCode: 'MEDBOOK1',
        vnp_TxnRef: 'PAY0001',
        vnp_SecureHash: hmac(fields.join('|')),
      })
    }
    expect(await gateway().query(queryRequest)).toEqual({ kind: 'not_found', reference: 'PAY0001', code: '91' })
    const sent = received.at(-1) as Record<string, string>
    expect(sent.vnp_RequestId).toMatch(/^[a-f0-9]{32}$/)
    expect(sent.vnp_SecureHash).toBe(
      hmac(
        `${sent.vnp_RequestId}|2.1.0|querydr|MEDBOOK1|PAY0001|20260115080000|20260115090000|127.0.0.1|Truy van giao dich PAY0001`,
      ),
    )
  })

  it('treats unsigned, mis-signed, failed and slow answers as unknown', async () => {
    answer = (_body, res) => json(res, { vnp_ResponseCode: '00', vnp_TransactionStatus: '00', vnp_TxnRef: 'PAY0001' })
    expect(await gateway().query(queryRequest)).toMatchObject({ kind: 'unknown', message: /unsigned/ })
    answer = (_body, res) => json(res, { vnp_ResponseCode: '00', vnp_SecureHash: 'ab'.repeat(64) })
    expect(await gateway().query(queryRequest)).toMatchObject({ kind: 'unknown' })
    answer = (_body, res) => res.writeHead(502).end('bad gateway')
    expect(await gateway().query(queryRequest)).toMatchObject({ kind: 'unknown', message: /HTTP 502/ })
    answer = (_body, res) => res.writeHead(200).end('<html>')
    expect(await gateway().query(queryRequest)).toMatchObject({ kind: 'unknown' })
    answer = () => {}
    expect(await gateway(300).query(queryRequest)).toMatchObject({ kind: 'unknown', message: /in time/ })
    const closed = createVnpayGateway({ ...merchant, paymentUrl: 'https://p', apiUrl: 'http://127.0.0.1:9/api' })
    expect(await closed.query(queryRequest)).toMatchObject({ kind: 'unknown' })
  })

  const refundRequest: RefundRequest = {
    reference: 'PAY0001',
    refundId: 'RF0001',
    transactionId: '15000001',
    amount: 50_000,
    paidAmount: 150_000,
    createdAt: new Date('2026-01-15T01:00:00Z'),
    paidAt: new Date('2026-01-15T01:05:00Z'),
    reason: 'Benh nhan huy lich',
    requestedBy: 'admin@medbook.test',
    clientIp: '127.0.0.1',
    requestedAt: new Date('2026-01-16T02:00:00Z'),
  }

  it('signs a partial refund in the documented order and reads a signed refusal as final', async () => {
    answer = (body, res) => {
      const fields = [
        body.vnp_RequestId,
        'refund',
        '93',
        'Invalid amount',
        'MEDBOOK1',
        'PAY0001',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
      ]
      json(res, {
        vnp_ResponseId: body.vnp_RequestId,
        vnp_Command: 'refund',
        vnp_ResponseCode: '93',
        vnp_Message: 'Invalid amount',
        vnp_TmnCode: 'MEDBOOK1',
        vnp_TxnRef: 'PAY0001',
        vnp_SecureHash: hmac(fields.join('|')),
      })
    }
    expect(await gateway().refund(refundRequest)).toEqual({
      kind: 'rejected',
      code: '93',
      message: 'VNPay refund answered 93: Invalid amount',
    })
    const sent = received.at(-1) as Record<string, string>
    expect(sent.vnp_TransactionType).toBe('03')
    expect(sent.vnp_SecureHash).toBe(
      hmac(
        'RF0001|2.1.0|refund|MEDBOOK1|03|PAY0001|5000000|15000001|20260115080000|admin@medbook.test|20260116090000|127.0.0.1|Benh nhan huy lich',
      ),
    )
    await gateway().refund({ ...refundRequest, amount: 150_000 })
    expect(received.at(-1)?.vnp_TransactionType).toBe('02')
  })

  it('refuses a refund it cannot send and reports an unsigned answer as unknown', async () => {
    expect(await gateway().refund({ ...refundRequest, amount: 150_001 })).toMatchObject({ kind: 'rejected' })
    expect(await gateway().refund({ ...refundRequest, refundId: 'not valid!' })).toMatchObject({ kind: 'rejected' })
    answer = (_body, res) => json(res, { vnp_ResponseCode: '00', vnp_TransactionNo: '1' })
    expect(await gateway().refund(refundRequest)).toMatchObject({ kind: 'unknown' })
  })
})
