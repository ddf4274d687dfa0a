import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type {
  CallbackCheck,
  CheckoutRequest,
  PaymentGateway,
} from '../../../packages/api/src/payments/gateways/gateway.js'
import { createVnpayGateway, vnpayIpnReply } from '../../../packages/api/src/payments/gateways/vnpay.js'
import { createVnpaySandbox } from '../src/payment-sandbox/vnpay-sandbox.js'
import { hashData, hmacSha512 } from '../src/payment-sandbox/vnpay-sandbox-signing.js'

/**
 * The sandbox on a plain node:http server, driven over real HTTP by the real gateway module, with
 * a small IPN endpoint that checks what the sandbox sends the way MedBook's will.
 */
const merchant = { tmnCode: 'MEDBOOK1', hashSecret: 'sandbox-secret-for-tests' }
const RETURN_URL = 'https://medbook.test/payments/vnpay/return?from=sandbox'

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

async function close(server: Server) {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
}

describe("the sandbox's own signing, against published examples", () => {
  it('builds the string of the payment URL in VNPay docs (sandbox.vnpayment.vn/apis/docs/thanh-toan-pay/pay.html)', () => {
    const documented =
      'vnp_Amount=1806000&vnp_Command=pay&vnp_CreateDate=20210801153333&vnp_CurrCode=VND&vnp_IpAddr=127.0.0.1' +
      '&vnp_Locale=vn&vnp_OrderInfo=Thanh+toan+don+hang+%3A5&vnp_OrderType=other' +
      '&vnp_ReturnUrl=https%3A%2F%2Fdomainmerchant.vn%2FReturnUrl&vnp_TmnCode=DEMOV210&vnp_TxnRef=5&vnp_Version=2.1.0'
    const params = Object.fromEntries(new URLSearchParams(documented))
    expect(hashData({ ...params, vnp_SecureHash: 'x', vnp_SecureHashType: 'HmacSHA512' })).toBe(documented)
  })

  it('reproduces the hash in the vnpay npm package fixtures (test/__helpers__/test-fixtures.ts, secret "test_secret")', () => {
    const fixture = {
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
    }
    expect(hmacSha512('test_secret', hashData(fixture))).toBe(
      '649982421beb422556a1374713c74e58e716ecbd05007c0c0e1f7effdfaf361dbf146889ca446139afe11b9954c4d5c486e99e3b86fcfab6957f29eb0be72895',
    )
  })
})

describe('VNPay sandbox', () => {
  let sandboxServer: Server
  let ipnServer: Server
  let sandboxUrl: string
  let ipnUrl: string
  let gateway: PaymentGateway
  const ipns: CallbackCheck[] = []

  beforeAll(async () => {
    ipnServer = createServer((req, res) => {
      const params = Object.fromEntries(new URL(req.url ?? '/', 'http://ipn').searchParams)
      const check = gateway.verifyNotification(params)
      ipns.push(check)
      const reply = vnpayIpnReply(check.ok ? 'ok' : 'bad_signature')
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply))
    })
    ipnUrl = `${await listen(ipnServer)}/payments/vnpay/ipn`
    const sandbox = createVnpaySandbox({ ...merchant, ipnUrl: () => ipnUrl })
    sandboxServer = createServer(async (req, res) => {
      const pathname = (req.url ?? '/').split('?')[0] ?? '/'
      if (!(await sandbox(req, res, pathname))) res.writeHead(404).end('not the sandbox')
    })
    sandboxUrl = await listen(sandboxServer)
    gateway = createVnpayGateway({
      ...merchant,
      paymentUrl: `${sandboxUrl}/sandbox/vnpay/paymentv2/vpcpay.html`,
      apiUrl: `${sandboxUrl}/sandbox/vnpay/merchant_webapi/api/transaction`,
    })
  })
  afterAll(async () => {
    await close(sandboxServer)
    await close(ipnServer)
  })

  let sequence = 0
  function checkoutRequest(overrides: Partial<CheckoutRequest> = {}): CheckoutRequest {
    const createdAt = new Date()
    sequence += 1
    return {
      reference: `PAY${Date.now()}${sequence}`,
      amount: 150_000,
      description: 'Khám tim mạch BS An',
      returnUrl: RETURN_URL,
      notifyUrl: ipnUrl,
      clientIp: '127.0.0.1',
      locale: 'vi',
      createdAt,
      expiresAt: new Date(createdAt.getTime() + 15 * 60_000),
      ...overrides,
    }
  }

  const decide = (redirectUrl: string, decision: 'approve' | 'decline') =>
    fetch(redirectUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `decision=${decision}`,
      redirect: 'manual',
    })

  function returnParams(response: Response): Record<string, string> {
    const location = response.headers.get('location') ?? ''
    expect(location.startsWith(`${RETURN_URL}&`)).toBe(true)
    const params = Object.fromEntries(new URL(location).searchParams)
    delete params.from
    return params
  }

  it('takes a payment, tells the IPN, returns the payer, answers querydr and refunds at most what was paid', async () => {
    const request = checkoutRequest()
    const { redirectUrl } = await gateway.createCheckout(request)
    const queryRequest = {
      reference: request.reference,
      createdAt: request.createdAt,
      transactionId: null,
      clientIp: '127.0.0.1',
      requestedAt: new Date(),
    }

    const page = await fetch(redirectUrl)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('MedBook sandbox — không dùng tiền thật / no real money')
    expect(html).toContain('150.000 ₫')
    expect(html).toContain('Kham tim mach BS An')
    expect(html).toContain('MEDBOOK1')
    expect(html).toMatch(/<button[^>]*value="approve">Thanh toán \/ Pay<\/button>/)
    expect(html).toMatch(/<button[^>]*value="decline">Hủy \/ Cancel<\/button>/)
    expect(await gateway.query(queryRequest)).toEqual({ kind: 'pending', reference: request.reference, code: '01' })

    const approved = await decide(redirectUrl, 'approve')
    expect(approved.status).toBe(302)
    const returned = gateway.verifyReturn(returnParams(approved))
    if (!returned.ok || returned.verdict.kind !== 'paid')
      throw new Error(`return not paid: ${JSON.stringify(returned)}`)
    expect(returned.verdict).toMatchObject({ reference: request.reference, amount: 150_000, code: '00' })
    const { transactionId, paidAt } = returned.verdict

    expect(ipns).toHaveLength(1)
    expect(ipns[0]).toEqual(returned)

    expect(await gateway.query({ ...queryRequest, transactionId, requestedAt: new Date() })).toEqual({
      kind: 'paid',
      reference: request.reference,
      amount: 150_000,
      transactionId,
      paidAt,
      code: '00',
    })

    const refund = {
      reference: request.reference,
      transactionId,
      paidAmount: 150_000,
      createdAt: request.createdAt,
      paidAt,
      reason: 'Benh nhan huy lich',
      requestedBy: 'admin@medbook.test',
      clientIp: '127.0.0.1',
      requestedAt: new Date(),
    }
    const partial = await gateway.refund({ ...refund, refundId: 'RF1', amount: 50_000 })
    expect(partial).toMatchObject({ kind: 'refunded', code: '00' })
    const rest = await gateway.refund({ ...refund, refundId: 'RF2', amount: 100_000 })
    expect(rest).toMatchObject({ kind: 'refunded', code: '00' })
    expect(rest.kind === 'refunded' && partial.kind === 'refunded' && rest.refundTransactionId).not.toBe(
      partial.kind === 'refunded' && partial.refundTransactionId,
    )
    expect(await gateway.refund({ ...refund, refundId: 'RF3', amount: 10_000 })).toMatchObject({
      kind: 'rejected',
      code: '02',
    })
    // a retry with a request id VNPay has seen: in progress or done, not to be decided blindly
    expect(await gateway.refund({ ...refund, refundId: 'RF1', amount: 50_000 })).toMatchObject({
      kind: 'unknown',
      message: /94/,
    })

    const again = await decide(redirectUrl, 'approve')
    expect(again.status).toBe(409)
    expect(await again.text()).toContain('Giao dịch đã tồn tại')
  })

  it('refuses a full refund after a partial one and a refund of an unpaid payment', async () => {
    const request = checkoutRequest({ amount: 200_000 })
    const { redirectUrl } = await gateway.createCheckout(request)
    await fetch(redirectUrl)
    const verdict = gateway.verifyReturn(returnParams(await decide(redirectUrl, 'approve')))
    if (!verdict.ok || verdict.verdict.kind !== 'paid') throw new Error('not paid')
    const refund = {
      reference: request.reference,
      transactionId: verdict.verdict.transactionId,
      paidAmount: 200_000,
      createdAt: request.createdAt,
      paidAt: verdict.verdict.paidAt,
      reason: 'Hoan tien',
      requestedBy: 'system',
      clientIp: '127.0.0.1',
      requestedAt: new Date(),
    }
    expect(await gateway.refund({ ...refund, refundId: 'RF10', amount: 20_000 })).toMatchObject({ kind: 'refunded' })
    // "full" means the amount paid: VNPay refuses it once part was refunded
    expect(await gateway.refund({ ...refund, refundId: 'RF11', amount: 200_000 })).toMatchObject({
      kind: 'rejected',
      code: '04',
    })
    expect(await gateway.refund({ ...refund, refundId: 'RF12', amount: 5_000, createdAt: new Date(0) })).toMatchObject({
      kind: 'rejected',
      code: '91',
    })
  })

  it('shows the payer a declined payment as failed (24) on the IPN, the return and querydr', async () => {
    const request = checkoutRequest()
    const { redirectUrl } = await gateway.createCheckout(request)
    expect((await fetch(redirectUrl)).status).toBe(200)
    const before = ipns.length
    const declined = await decide(redirectUrl, 'decline')
    expect(declined.status).toBe(302)
    const expected = {
      ok: true,
      verdict: { kind: 'failed', reference: request.reference, amount: 150_000, transactionId: null, code: '24' },
    }
    expect(gateway.verifyReturn(returnParams(declined))).toEqual(expected)
    expect(ipns.slice(before)).toEqual([expected])
    const query = await gateway.query({
      reference: request.reference,
      createdAt: request.createdAt,
      transactionId: null,
      clientIp: '127.0.0.1',
      requestedAt: new Date(),
    })
    expect(query).toMatchObject({ kind: 'failed', reference: request.reference, transactionId: null })
    const refund = await gateway.refund({
      reference: request.reference,
      refundId: 'RF20',
      transactionId: '0',
      amount: 150_000,
      paidAmount: 150_000,
      createdAt: request.createdAt,
      paidAt: new Date(),
      reason: 'x',
      requestedBy: 'system',
      clientIp: '127.0.0.1',
      requestedAt: new Date(),
    })
    expect(refund).toMatchObject({ kind: 'rejected', code: '95' })
  })

  it('shows an error page for a forged, foreign or expired request and records nothing', async () => {
    const { redirectUrl } = await gateway.createCheckout(checkoutRequest())
    const forged = new URL(redirectUrl)
    forged.searchParams.set('vnp_Amount', '500000')
    const forgedPage = await fetch(forged)
    expect(forgedPage.status).toBe(400)
    const forgedHtml = await forgedPage.text()
    expect(forgedHtml).toContain('data-testid="error-code">70<')
    expect(forgedHtml).toContain('Sai chữ ký')
    expect(forgedHtml).toContain('Invalid signature')
    expect((await decide(forged.toString(), 'approve')).status).toBe(400)

    const foreign = createVnpayGateway({
      tmnCode: 'OTHERTMN',
      hashSecret: merchant.hashSecret,
      paymentUrl: `${sandboxUrl}/sandbox/vnpay/paymentv2/vpcpay.html`,
      apiUrl: `${sandboxUrl}/sandbox/vnpay/merchant_webapi/api/transaction`,
    })
    const foreignPage = await fetch((await foreign.createCheckout(checkoutRequest())).redirectUrl)
    expect(await foreignPage.text()).toContain('data-testid="error-code">02<')

    const hourAgo = new Date(Date.now() - 3_600_000)
    const expired = checkoutRequest({ createdAt: hourAgo, expiresAt: new Date(hourAgo.getTime() + 15 * 60_000) })
    const expiredPage = await fetch((await gateway.createCheckout(expired)).redirectUrl)
    expect(expiredPage.status).toBe(400)
    expect(await expiredPage.text()).toContain('Đã hết hạn chờ thanh toán')
    expect(
      await gateway.query({
        reference: expired.reference,
        createdAt: expired.createdAt,
        transactionId: null,
        clientIp: '127.0.0.1',
        requestedAt: new Date(),
      }),
    ).toEqual({ kind: 'not_found', reference: expired.reference, code: '91' })
  })

  it('answers API calls signed with another secret with 97, which the caller cannot trust either', async () => {
    const impostor = createVnpayGateway({
      tmnCode: merchant.tmnCode,
      hashSecret: 'not-the-secret',
      paymentUrl: `${sandboxUrl}/sandbox/vnpay/paymentv2/vpcpay.html`,
      apiUrl: `${sandboxUrl}/sandbox/vnpay/merchant_webapi/api/transaction`,
    })
    const answer = await impostor.query({
      reference: 'PAY1',
      createdAt: new Date(),
      transactionId: null,
      clientIp: '127.0.0.1',
      requestedAt: new Date(),
    })
    expect(answer).toMatchObject({ kind: 'unknown', message: /checksum/ })

    const raw = await fetch(`${sandboxUrl}/sandbox/vnpay/merchant_webapi/api/transaction`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ vnp_Command: 'querydr', vnp_TmnCode: 'MEDBOOK1', vnp_SecureHash: 'ab'.repeat(64) }),
    })
    expect(await raw.json()).toMatchObject({ vnp_ResponseCode: '97' })
    const notJson = await fetch(`${sandboxUrl}/sandbox/vnpay/merchant_webapi/api/transaction`, {
      method: 'POST',
      body: '{',
    })
    expect(await notJson.json()).toMatchObject({ vnp_ResponseCode: '03' })
    expect((await fetch(`${sandboxUrl}/sandbox/vnpay/merchant_webapi/api/transaction`)).status).toBe(405)
    expect((await fetch(`${sandboxUrl}/sandbox/vnpay/nothing`)).status).toBe(404)
    expect(await (await fetch(`${sandboxUrl}/elsewhere`)).text()).toBe('not the sandbox')
  })
})
