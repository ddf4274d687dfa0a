import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CheckoutRequest } from '../src/payments/gateways/gateway.js'
import {
  createMomoGateway,
  MOMO_IPN_ANSWER_STATUS,
  MomoCheckoutError,
  readMomoConfig,
} from '../src/payments/gateways/momo.js'
import {
  MOMO_CREATE_FIELDS,
  MOMO_QUERY_FIELDS,
  MOMO_REFUND_FIELDS,
  MOMO_RESULT_FIELDS,
  momoRawSignature,
  momoSign,
  momoSignatureMatches,
} from '../src/payments/gateways/momo-signing.js'

// MoMo's public test merchant, from MoMo's own sample code:
// github.com/momo-wallet/payment, nodejs/MoMo.js (partnerCode, accessKey, secretkey)
const MOMO_TEST = { partnerCode: 'MOMO', accessKey: 'F8BBA842ECF85', secretKey: 'K951B6PE1waDMi640xX08PD3vg6EkVlz' }

// Two redirects produced by MoMo's test environment (test-payment.momo.vn) for that merchant,
// quoted in comments of two public Node integrations that received them (found through the
// public code index, which does not name their repositories). The signatures are MoMo's: these
// tests reproduce them with the keys above. MoMo's documentation examples (e.g. the IPN example
// on developers.momo.vn v3 result-handling/notification) are signed with keys it does not publish.
const MOMO_RETURN_QR =
  '?partnerCode=MOMO&orderId=MOMO1731137931267&requestId=MOMO1731137931267&amount=1000' +
  '&orderInfo=undefined+n%E1%BA%A1p+ti%E1%BB%81n+v%C3%A0o+t%C3%A0i+kho%E1%BA%A3n&orderType=momo_wallet' +
  '&transId=4225107942&resultCode=0&message=Successful.&payType=qr&responseTime=1731137968770&extraData=' +
  '&signature=2068ac90836a9aacdefd4995b58ed03f0b1f1d27046b7ca371b92175bb5437a6'
const MOMO_RETURN_CREDIT_VI =
  '?partnerCode=MOMO&orderId=MOMO1713984978976&requestId=MOMO1713984978976&amount=1000&orderInfo=30k' +
  '&orderType=momo_wallet&transId=4029232035&resultCode=0&message=Th%C3%A0nh+c%C3%B4ng.&payType=credit' +
  '&responseTime=1713985045244&extraData=' +
  '&signature=0d6f0e650eb5d320c3a65df17a620f01c09d0eae742d3eb7e84177b2ebda6fe0'

const query = (search: string) => Object.fromEntries(new URLSearchParams(search))
const config = { ...MOMO_TEST, endpoint: 'http://127.0.0.1:1', requestType: 'captureWallet' as const }

describe('MoMo signatures against MoMo-signed examples', () => {
  const gateway = createMomoGateway(config)

  it('accepts a redirect MoMo signed (QR payment, English message)', () => {
    expect(gateway.verifyReturn(query(MOMO_RETURN_QR))).toEqual({
      ok: true,
      verdict: {
        kind: 'paid',
        reference: 'MOMO1731137931267',
        amount: 1000,
        transactionId: '4225107942',
        paidAt: new Date(1731137968770),
        code: '0',
      },
    })
  })

  it('signs the decoded values: Vietnamese message "Thành công."', () => {
    const check = gateway.verifyReturn(query(MOMO_RETURN_CREDIT_VI))
    expect(check).toMatchObject({ ok: true, verdict: { kind: 'paid', reference: 'MOMO1713984978976', amount: 1000 } })
  })

  it('reads the same result as an IPN JSON body, numbers as numbers', () => {
    const p = query(MOMO_RETURN_QR)
    const ipn = {
      ...p,
      amount: Number(p.amount),
      transId: Number(p.transId),
      resultCode: Number(p.resultCode),
      responseTime: Number(p.responseTime),
    }
    expect(gateway.verifyNotification(ipn)).toMatchObject({
      ok: true,
      verdict: { kind: 'paid', transactionId: '4225107942' },
    })
  })

  it('builds the raw strings in the documented order', () => {
    // developers.momo.vn v3 wallet/onetime ("signature" row) and momo-wallet/payment nodejs/MoMo.js comment
    expect(
      momoRawSignature(MOMO_CREATE_FIELDS, {
        accessKey: 'A',
        amount: 50000,
        extraData: '',
        ipnUrl: 'https://callback.url/notify',
        orderId: 'O1',
        orderInfo: 'pay with MoMo',
        partnerCode: 'MOMO',
        redirectUrl: 'https://momo.vn/return',
        requestId: 'R1',
        requestType: 'captureWallet',
      }),
    ).toBe(
      'accessKey=A&amount=50000&extraData=&ipnUrl=https://callback.url/notify&orderId=O1&orderInfo=pay with MoMo' +
        '&partnerCode=MOMO&redirectUrl=https://momo.vn/return&requestId=R1&requestType=captureWallet',
    )
    // payment-api/query
    expect(
      momoRawSignature(MOMO_QUERY_FIELDS, { accessKey: 'A', orderId: 'O1', partnerCode: 'P', requestId: 'R1' }),
    ).toBe('accessKey=A&orderId=O1&partnerCode=P&requestId=R1')
    // payment-api/refund
    expect(
      momoRawSignature(MOMO_REFUND_FIELDS, {
        accessKey: 'A',
        amount: 350000,
        description: '',
        orderId: 'O2',
        partnerCode: 'MOMO',
        requestId: 'R2',
        transId: 144492817,
      }),
    ).toBe('accessKey=A&amount=350000&description=&orderId=O2&partnerCode=MOMO&requestId=R2&transId=144492817')
    // result-handling/notification
    expect(MOMO_RESULT_FIELDS.join('&')).toBe(
      'accessKey&amount&extraData&message&orderId&orderInfo&orderType&partnerCode&payType&requestId&responseTime&resultCode&transId',
    )
  })

  it('compares signatures in constant time and refuses what is not 64 hex digits', () => {
    const values = { accessKey: 'A', orderId: 'O1', partnerCode: 'P', requestId: 'R1' }
    const signature = momoSign('secret', MOMO_QUERY_FIELDS, values)
    expect(momoSignatureMatches('secret', MOMO_QUERY_FIELDS, values, signature.toUpperCase())).toBe(true)
    expect(momoSignatureMatches('secret', MOMO_QUERY_FIELDS, values, signature.slice(2))).toBe(false)
    expect(momoSignatureMatches('secret', MOMO_QUERY_FIELDS, values, 42)).toBe(false)
  })
})

describe('MoMo results that must be refused', () => {
  const gateway = createMomoGateway(config)
  const signedResult = (overrides: Record<string, string | number>) => {
    const fields = { ...query(MOMO_RETURN_QR), ...overrides }
    const { signature: _old, ...values } = fields
    return {
      ...values,
      signature: momoSign(MOMO_TEST.secretKey, MOMO_RESULT_FIELDS, {
        ...values,
        accessKey: MOMO_TEST.accessKey,
      } as never),
    }
  }

  it('refuses a tampered amount or orderId', () => {
    expect(gateway.verifyReturn({ ...query(MOMO_RETURN_QR), amount: '100000' })).toEqual({
      ok: false,
      reason: 'bad_signature',
    })
    expect(gateway.verifyNotification({ ...query(MOMO_RETURN_QR), orderId: 'MOMO1731137931268' })).toEqual({
      ok: false,
      reason: 'bad_signature',
    })
  })

  it('refuses a result signed for another partner', () => {
    expect(gateway.verifyNotification(signedResult({ partnerCode: 'MOMOOTHER' }))).toEqual({
      ok: false,
      reason: 'wrong_merchant',
    })
  })

  it('refuses a result signed with another secret', () => {
    const other = createMomoGateway({ ...config, secretKey: 'another-secret-key-of-32-chars!!' })
    expect(other.verifyReturn(query(MOMO_RETURN_QR))).toEqual({ ok: false, reason: 'bad_signature' })
  })

  it('calls missing fields, fractions, repeated parameters and junk malformed, never a crash', () => {
    const { transId: _t, ...withoutTransId } = query(MOMO_RETURN_QR)
    expect(gateway.verifyReturn(withoutTransId)).toEqual({ ok: false, reason: 'malformed' })
    expect(gateway.verifyNotification(signedResult({ amount: '1000.5' }))).toEqual({ ok: false, reason: 'malformed' })
    expect(gateway.verifyReturn({ ...query(MOMO_RETURN_QR), amount: ['1000', '1000'] })).toEqual({
      ok: false,
      reason: 'malformed',
    })
    expect(gateway.verifyNotification({ ...query(MOMO_RETURN_QR), message: { $gt: '' } })).toEqual({
      ok: false,
      reason: 'malformed',
    })
    expect(gateway.verifyNotification(null as unknown as Record<string, unknown>)).toEqual({
      ok: false,
      reason: 'malformed',
    })
    expect(gateway.verifyNotification({ ...query(MOMO_RETURN_QR), signature: undefined })).toEqual({
      ok: false,
      reason: 'bad_signature',
    })
  })

  it('turns a signed refusal (1006, user denied) into a failed verdict', () => {
    expect(
      gateway.verifyNotification(
        signedResult({ resultCode: 1006, transId: 0, message: 'Transaction denied by user.' }),
      ),
    ).toEqual({
      ok: true,
      verdict: { kind: 'failed', reference: 'MOMO1731137931267', amount: 1000, transactionId: null, code: '1006' },
    })
  })

  it('treats 9000 (authorised) as paid', () => {
    expect(gateway.verifyNotification(signedResult({ resultCode: 9000 }))).toMatchObject({
      ok: true,
      verdict: { kind: 'paid', code: '9000' },
    })
  })
})

describe('readMomoConfig', () => {
  it('is null until the partner code and both keys are set', () => {
    expect(readMomoConfig({})).toBeNull()
    expect(readMomoConfig({ MOMO_PARTNER_CODE: 'MOMO', MOMO_ACCESS_KEY: 'A' })).toBeNull()
  })

  it('defaults to the test endpoint and captureWallet, and refuses an unknown request type', () => {
    const env = { MOMO_PARTNER_CODE: 'MOMO', MOMO_ACCESS_KEY: 'A', MOMO_SECRET_KEY: 'S' }
    expect(readMomoConfig(env)).toEqual({
      partnerCode: 'MOMO',
      accessKey: 'A',
      secretKey: 'S',
      endpoint: 'https://test-payment.momo.vn',
      requestType: 'captureWallet',
    })
    expect(
      readMomoConfig({ ...env, MOMO_REQUEST_TYPE: 'payWithMethod', MOMO_ENDPOINT: 'https://payment.momo.vn/' }),
    ).toMatchObject({
      endpoint: 'https://payment.momo.vn',
      requestType: 'payWithMethod',
    })
    expect(() => readMomoConfig({ ...env, MOMO_REQUEST_TYPE: 'payWithATM' })).toThrow(/MOMO_REQUEST_TYPE/)
  })

  it('names the documented IPN answer', () => {
    expect(MOMO_IPN_ANSWER_STATUS).toBe(204)
  })
})

/** A stand-in for MoMo's API over real HTTP: checks our signature, answers what the test sets. */
describe('MoMo API calls over HTTP', () => {
  let server: Server
  let endpoint: string
  let answer: (path: string, body: Record<string, unknown>) => Record<string, unknown> | 'hang' | 'not-json'
  const received: Array<{ path: string; body: Record<string, unknown>; signatureOk: boolean }> = []

  const fieldsFor: Record<string, readonly string[]> = {
    '/v2/gateway/api/create': MOMO_CREATE_FIELDS,
    '/v2/gateway/api/query': MOMO_QUERY_FIELDS,
    '/v2/gateway/api/refund': MOMO_REFUND_FIELDS,
  }

  beforeAll(async () => {
    server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
      let text = ''
      for await (const chunk of req) text += chunk
      const body = JSON.parse(text) as Record<string, unknown>
      const path = req.url ?? ''
      const fields = fieldsFor[path] ?? []
      const values = { ...body, accessKey: MOMO_TEST.accessKey } as never
      received.push({
        path,
        body,
        signatureOk: momoSignatureMatches(MOMO_TEST.secretKey, fields, values, body.signature),
      })
      const reply = answer(path, body)
      if (reply === 'hang') return
      if (reply === 'not-json') return res.writeHead(502).end('<html>bad gateway</html>')
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })

  const checkout: CheckoutRequest = {
    reference: 'MB20261203A1',
    amount: 150000,
    description: 'Kham tim mach 03/12',
    returnUrl: 'https://medbook.test/pay/return',
    notifyUrl: 'https://medbook.test/pay/momo/ipn',
    clientIp: '203.0.113.9',
    locale: 'vi',
    createdAt: new Date('2026-12-03T08:00:00Z'),
    expiresAt: new Date('2026-12-03T08:15:00Z'),
  }
  const echoCreate = (body: Record<string, unknown>) => ({
    partnerCode: body.partnerCode,
    orderId: body.orderId,
    requestId: body.requestId,
    amount: body.amount,
    responseTime: 1,
    message: 'Successful.',
    resultCode: 0,
    payUrl: 'https://test-payment.momo.vn/v2/gateway/pay?t=abc',
  })

  it('creates a checkout with a signed request and returns payUrl', async () => {
    answer = (_path, body) => echoCreate(body)
    const gateway = createMomoGateway({ ...config, endpoint })
    await expect(gateway.createCheckout(checkout)).resolves.toEqual({
      redirectUrl: 'https://test-payment.momo.vn/v2/gateway/pay?t=abc',
    })
    const sent = received.at(-1)
    expect(sent).toMatchObject({ path: '/v2/gateway/api/create', signatureOk: true })
    expect(sent?.body).toMatchObject({
      orderId: 'MB20261203A1',
      amount: 150000,
      requestType: 'captureWallet',
      lang: 'vi',
      extraData: '',
    })
    expect(sent?.body).not.toHaveProperty('accessKey')
    expect(JSON.stringify(sent?.body)).not.toContain(MOMO_TEST.secretKey)
  })

  it('throws a typed, showable error when MoMo refuses (41, duplicate orderId)', async () => {
    answer = (_path, body) => ({
      ...echoCreate(body),
      resultCode: 41,
      message: 'Duplicated orderId.',
      payUrl: undefined,
    })
    const gateway = createMomoGateway({ ...config, endpoint })
    const error = await gateway.createCheckout(checkout).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MomoCheckoutError)
    expect(error).toMatchObject({ failure: 'rejected', resultCode: 41 })
    expect((error as MomoCheckoutError).userMessage.vi).toContain('MoMo từ chối')
    expect((error as MomoCheckoutError).userMessage.en).toContain('code 41')
  })

  it('refuses an answer about another order, and a request it must not send', async () => {
    answer = (_path, body) => ({ ...echoCreate(body), orderId: 'SOMEONEELSE' })
    const gateway = createMomoGateway({ ...config, endpoint })
    await expect(gateway.createCheckout(checkout)).rejects.toMatchObject({ failure: 'bad_answer' })
    await expect(gateway.createCheckout({ ...checkout, amount: 1.5 })).rejects.toMatchObject({
      failure: 'invalid_request',
    })
  })

  it('answers unknown on a timeout, an unreachable MoMo and a non-JSON answer', async () => {
    answer = () => 'hang'
    const slow = createMomoGateway({ ...config, endpoint, timeoutMs: 200 })
    const request = {
      reference: 'MB1',
      createdAt: new Date(),
      transactionId: null,
      clientIp: '::1',
      requestedAt: new Date(),
    }
    await expect(slow.query(request)).resolves.toEqual({
      kind: 'unknown',
      message: 'MoMo did not answer within 200 ms',
    })
    await expect(slow.createCheckout(checkout)).rejects.toMatchObject({ failure: 'unreachable' })
    const closed = createMomoGateway({ ...config, endpoint: 'http://127.0.0.1:9' })
    await expect(closed.query(request)).resolves.toMatchObject({ kind: 'unknown' })
    answer = () => 'not-json'
    await expect(createMomoGateway({ ...config, endpoint }).query(request)).resolves.toEqual({
      kind: 'unknown',
      message: 'MoMo answered HTTP 502 without a JSON object',
    })
  })

  it('reads query answers: paid, pending, not found, failed', async () => {
    const gateway = createMomoGateway({ ...config, endpoint })
    const request = {
      reference: 'MB2',
      createdAt: new Date(),
      transactionId: null,
      clientIp: '::1',
      requestedAt: new Date(),
    }
    const reply = (extra: Record<string, unknown>) => {
      answer = (_path, body) => ({
        partnerCode: body.partnerCode,
        orderId: body.orderId,
        requestId: body.requestId,
        ...extra,
      })
    }
    reply({ resultCode: 0, amount: 150000, transId: 4225107942, responseTime: 1764748800000, message: 'Successful.' })
    await expect(gateway.query(request)).resolves.toEqual({
      kind: 'paid',
      reference: 'MB2',
      amount: 150000,
      transactionId: '4225107942',
      paidAt: new Date(1764748800000),
      code: '0',
    })
    expect(received.at(-1)).toMatchObject({ path: '/v2/gateway/api/query', signatureOk: true })
    reply({ resultCode: 1000, amount: 150000, transId: 0 })
    await expect(gateway.query(request)).resolves.toEqual({ kind: 'pending', reference: 'MB2', code: '1000' })
    reply({ resultCode: 42 })
    await expect(gateway.query(request)).resolves.toEqual({ kind: 'not_found', reference: 'MB2', code: '42' })
    reply({ resultCode: 1006, amount: 150000, transId: 0 })
    await expect(gateway.query(request)).resolves.toEqual({
      kind: 'failed',
      reference: 'MB2',
      amount: 150000,
      transactionId: null,
      code: '1006',
    })
    reply({ resultCode: 13, message: 'Merchant authentication failed.' })
    await expect(gateway.query(request)).resolves.toMatchObject({ kind: 'unknown' })
  })

  it('refunds with refundId as the refund orderId and requestId', async () => {
    const gateway = createMomoGateway({ ...config, endpoint })
    const refund = {
      reference: 'MB3',
      refundId: 'RF3a',
      transactionId: '4225107942',
      amount: 50000,
      paidAmount: 150000,
      createdAt: new Date('2026-12-01T02:55:00Z'),
      paidAt: new Date(),
      reason: 'Huy lich kham',
      requestedBy: 'system',
      clientIp: '::1',
      requestedAt: new Date(),
    }
    answer = (_path, body) => ({
      partnerCode: body.partnerCode,
      orderId: body.orderId,
      requestId: body.requestId,
      amount: body.amount,
      transId: 4225107999,
      resultCode: 0,
      message: 'Successful.',
      responseTime: 1,
    })
    await expect(gateway.refund(refund)).resolves.toEqual({
      kind: 'refunded',
      refundTransactionId: '4225107999',
      code: '0',
    })
    expect(received.at(-1)).toMatchObject({
      path: '/v2/gateway/api/refund',
      signatureOk: true,
      body: { orderId: 'RF3a', requestId: 'RF3a', transId: 4225107942, amount: 50000, description: 'Huy lich kham' },
    })
    answer = (_path, body) => ({
      partnerCode: body.partnerCode,
      orderId: body.orderId,
      resultCode: 1081,
      message: 'Refund rejected.',
    })
    await expect(gateway.refund(refund)).resolves.toEqual({
      kind: 'rejected',
      code: '1081',
      message: 'Refund rejected.',
    })
    answer = (_path, body) => ({
      partnerCode: body.partnerCode,
      orderId: body.orderId,
      resultCode: 99,
      message: 'Unknown error.',
    })
    await expect(gateway.refund(refund)).resolves.toMatchObject({ kind: 'unknown' })
    await expect(gateway.refund({ ...refund, amount: 150001 })).resolves.toMatchObject({
      kind: 'rejected',
      code: 'invalid_request',
    })
  })
})
