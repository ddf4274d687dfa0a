import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  type CheckoutRequest,
  createMomoGateway,
  MOMO_CREATE_FIELDS,
  MOMO_IPN_ANSWER_STATUS,
  MomoCheckoutError,
  momoSign,
  type PaymentGateway,
  type RefundRequest,
} from '@medbook/api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMomoSandbox } from '../src/payment-sandbox/momo-sandbox.js'

const credentials = {
  partnerCode: 'MEDBOOKSANDBOX',
  accessKey: 'sandbox-access-key',
  secretKey: 'sandbox-secret-key-never-in-production',
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

async function close(server: Server) {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
}

describe('MoMo sandbox over HTTP, driven by the MoMo gateway module', () => {
  const ipns: Array<Record<string, unknown>> = []
  let sandboxServer: Server
  let ipnServer: Server
  let sandboxUrl: string
  let ipnUrl: string
  let gateway: PaymentGateway

  beforeAll(async () => {
    const sandbox = createMomoSandbox(credentials)
    sandboxServer = createServer(async (req, res) => {
      const pathname = new URL(req.url ?? '/', 'http://localhost').pathname
      if (!(await sandbox(req, res, pathname))) res.writeHead(404).end()
    })
    // our side: an IPN receiver answering as MoMo documents
    ipnServer = createServer(async (req, res) => {
      let text = ''
      for await (const chunk of req) text += chunk
      ipns.push(JSON.parse(text))
      res.writeHead(MOMO_IPN_ANSWER_STATUS).end()
    })
    sandboxUrl = await listen(sandboxServer)
    ipnUrl = `${await listen(ipnServer)}/payments/momo/ipn`
    gateway = createMomoGateway({
      ...credentials,
      endpoint: `${sandboxUrl}/sandbox/momo`,
      requestType: 'captureWallet',
    })
  })
  afterAll(async () => {
    await close(sandboxServer)
    await close(ipnServer)
  })

  const checkout = (reference: string): CheckoutRequest => ({
    reference,
    amount: 150_000,
    description: 'Kham <tim mach> & tai kham',
    returnUrl: 'https://medbook.test/payments/return?method=momo',
    notifyUrl: ipnUrl,
    clientIp: '203.0.113.9',
    locale: 'vi',
    createdAt: new Date(),
    expiresAt: new Date(Date.now() + 15 * 60_000),
  })
  const queryFor = (reference: string) => ({
    reference,
    createdAt: new Date(),
    transactionId: null,
    clientIp: '::1',
    requestedAt: new Date(),
  })
  const refundFor = (refundId: string, amount: number, transactionId: string): RefundRequest => ({
    reference: 'MBPAID1',
    refundId,
    transactionId,
    amount,
    paidAmount: 150_000,
    createdAt: new Date(),
    paidAt: new Date(),
    reason: 'Huy lich kham',
    requestedBy: 'system',
    clientIp: '::1',
    requestedAt: new Date(),
  })

  async function choose(payUrl: string, choice: 'approve' | 'decline') {
    const response = await fetch(`${payUrl}/${choice}`, { method: 'POST', redirect: 'manual' })
    expect(response.status).toBe(302)
    const location = new URL(response.headers.get('location') ?? '')
    expect(`${location.origin}${location.pathname}`).toBe('https://medbook.test/payments/return')
    expect(location.searchParams.get('method')).toBe('momo')
    return Object.fromEntries(location.searchParams)
  }

  let transactionId = ''

  it('pays: create, checkout page, approve, IPN, return, query', async () => {
    const { redirectUrl } = await gateway.createCheckout(checkout('MBPAID1'))
    expect(redirectUrl).toMatch(new RegExp(`^${sandboxUrl}/sandbox/momo/pay/[A-Za-z0-9_-]+$`))

    const page = await fetch(redirectUrl)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toContain('text/html')
    const html = await page.text()
    expect(html).toContain('MedBook sandbox — no real money')
    expect(html).toContain('Xác nhận thanh toán / Pay')
    expect(html).toContain('Hủy / Cancel')
    expect(html).toContain('150.000 ₫')
    expect(html).toContain('Kham &lt;tim mach&gt; &amp; tai kham')
    expect(html).not.toContain('<tim mach>')

    const returned = await choose(redirectUrl, 'approve')
    expect(ipns).toHaveLength(1)
    const notified = gateway.verifyNotification(ipns[0] as Record<string, unknown>)
    expect(notified).toMatchObject({
      ok: true,
      verdict: { kind: 'paid', reference: 'MBPAID1', amount: 150_000, code: '0' },
    })
    if (!notified.ok || notified.verdict.kind !== 'paid') throw new Error('not paid')
    transactionId = notified.verdict.transactionId
    expect(transactionId).toMatch(/^\d{10}$/)
    expect(gateway.verifyReturn(returned)).toEqual(notified)

    await expect(gateway.query(queryFor('MBPAID1'))).resolves.toMatchObject({
      kind: 'paid',
      reference: 'MBPAID1',
      amount: 150_000,
      transactionId,
      code: '0',
    })
    const again = await fetch(redirectUrl)
    expect(await again.text()).toContain('This payment has already been completed.')
    const twice = await fetch(`${redirectUrl}/approve`, { method: 'POST', redirect: 'manual' })
    expect(twice.status).toBe(409)
    expect(ipns).toHaveLength(1)
  })

  it('refunds part, then the rest, then refuses a third; a retry is idempotent, a reused refund id is a duplicate', async () => {
    const first = await gateway.refund(refundFor('RFPAID1a', 50_000, transactionId))
    expect(first).toMatchObject({ kind: 'refunded', code: '0' })
    await expect(gateway.refund(refundFor('RFPAID1a', 50_000, transactionId))).resolves.toEqual(first)
    await expect(gateway.refund(refundFor('RFPAID1a', 2_000, transactionId))).resolves.toMatchObject({
      kind: 'rejected',
      code: '41',
    })
    await expect(gateway.refund(refundFor('RFPAID1b', 100_000, transactionId))).resolves.toMatchObject({
      kind: 'refunded',
    })
    await expect(gateway.refund(refundFor('RFPAID1c', 1_000, transactionId))).resolves.toMatchObject({
      kind: 'rejected',
      code: '1081',
    })
  })

  it('never refunds more than what is left', async () => {
    const { redirectUrl } = await gateway.createCheckout(checkout('MBPAID3'))
    const before = ipns.length
    await choose(redirectUrl, 'approve')
    const ipn = gateway.verifyNotification(ipns[before] as Record<string, unknown>)
    if (!ipn.ok || ipn.verdict.kind !== 'paid') throw new Error('not paid')
    const tooMuch = { ...refundFor('RFPAID3a', 150_001, ipn.verdict.transactionId), paidAmount: 200_000 }
    await expect(gateway.refund(tooMuch)).resolves.toMatchObject({ kind: 'rejected', code: '1081' })
  })

  it('declines: IPN and return both say failed (1006, user denied)', async () => {
    const { redirectUrl } = await gateway.createCheckout(checkout('MBDECLINED1'))
    const before = ipns.length
    const returned = await choose(redirectUrl, 'decline')
    const notified = gateway.verifyNotification(ipns[before] as Record<string, unknown>)
    expect(notified).toMatchObject({ ok: true, verdict: { kind: 'failed', reference: 'MBDECLINED1', code: '1006' } })
    expect(gateway.verifyReturn(returned)).toEqual(notified)
    expect(returned.message).toBe('Giao dịch bị từ chối bởi người dùng.')
    await expect(gateway.query(queryFor('MBDECLINED1'))).resolves.toMatchObject({ kind: 'failed', code: '1006' })
    await expect(gateway.query(queryFor('MBNEVERSEEN'))).resolves.toEqual({
      kind: 'not_found',
      reference: 'MBNEVERSEEN',
      code: '42',
    })
  })

  it('refuses a duplicate orderId with a typed error', async () => {
    const error = await gateway.createCheckout(checkout('MBPAID1')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MomoCheckoutError)
    expect(error).toMatchObject({ failure: 'rejected', resultCode: 41 })
  })

  it('refuses forged, foreign and malformed requests without a 500', async () => {
    const post = (path: string, body: string) =>
      fetch(`${sandboxUrl}/sandbox/momo/v2/gateway/api/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      })
    const order = {
      partnerCode: credentials.partnerCode,
      requestId: 'req-forged',
      amount: 150_000,
      orderId: 'MBFORGED1',
      orderInfo: 'forged',
      redirectUrl: 'https://medbook.test/payments/return',
      ipnUrl,
      requestType: 'captureWallet',
      extraData: '',
    }
    const signedWith = (secret: string) =>
      momoSign(secret, MOMO_CREATE_FIELDS, { ...order, accessKey: credentials.accessKey })

    const forged = await post('create', JSON.stringify({ ...order, signature: signedWith('not-the-secret') }))
    expect(forged.status).toBe(400)
    expect(await forged.json()).toMatchObject({ resultCode: 13, orderId: 'MBFORGED1' })
    const tampered = await post(
      'create',
      JSON.stringify({ ...order, amount: 1_000, signature: signedWith(credentials.secretKey) }),
    )
    expect(await tampered.json()).toMatchObject({ resultCode: 13 })
    await expect(gateway.query(queryFor('MBFORGED1'))).resolves.toMatchObject({ kind: 'not_found' })

    const foreign = await post(
      'create',
      JSON.stringify({ ...order, partnerCode: 'SOMEONE', signature: signedWith(credentials.secretKey) }),
    )
    expect(await foreign.json()).toMatchObject({ resultCode: 11 })
    for (const junk of ['{', '[]', 'null', JSON.stringify({ ...order, amount: 'lots' })]) {
      const answer = await post('create', junk)
      expect(answer.status).toBe(400)
      expect(await answer.json()).toMatchObject({ resultCode: 20 })
    }
    const forgedQuery = await post(
      'query',
      JSON.stringify({
        partnerCode: credentials.partnerCode,
        requestId: 'r',
        orderId: 'MBPAID1',
        signature: '0'.repeat(64),
      }),
    )
    expect(await forgedQuery.json()).toMatchObject({ resultCode: 13 })
    const forgedRefund = await post(
      'refund',
      JSON.stringify({
        partnerCode: credentials.partnerCode,
        requestId: 'r',
        orderId: 'RFX',
        amount: 1000,
        transId: 1,
        description: '',
        signature: 'f'.repeat(64),
      }),
    )
    expect(await forgedRefund.json()).toMatchObject({ resultCode: 13 })
  })

  it('keeps to its paths and methods', async () => {
    expect((await fetch(`${sandboxUrl}/sandbox/momo/pay/unknown-token`)).status).toBe(404)
    const getApprove = await fetch(`${sandboxUrl}/sandbox/momo/pay/unknown-token/approve`)
    expect(getApprove.status).toBe(405)
    expect((await fetch(`${sandboxUrl}/sandbox/momo/v2/gateway/api/create`)).status).toBe(405)
    expect((await fetch(`${sandboxUrl}/sandbox/momo/elsewhere`)).status).toBe(404)
    // not its own: the server's next handler answers
    expect((await fetch(`${sandboxUrl}/sandbox/vnpay/x`)).status).toBe(404)
  })
})
