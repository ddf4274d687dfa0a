import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CallbackCheck, PaymentGateway } from '../../../packages/api/src/payments/gateways/gateway.js'
import { createVnpayGateway, vnpayIpnReply } from '../../../packages/api/src/payments/gateways/vnpay.js'
import { createVnpaySandbox } from '../src/payment-sandbox/vnpay-sandbox.js'
import { seriousAxeViolations } from './browser-accounts-harness.js'

/** The sandbox's payment page in Chromium: found by its buttons' accessible names, accessible, and it pays. */
const merchant = { tmnCode: 'MEDBOOK1', hashSecret: 'browser-sandbox-secret' }

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

describe('VNPay sandbox in the browser', () => {
  let sandboxServer: Server
  let merchantServer: Server
  let merchantUrl: string
  let gateway: PaymentGateway
  let browser: Browser
  const ipns: CallbackCheck[] = []

  beforeAll(async () => {
    // MedBook's side: the IPN endpoint and a return page
    merchantServer = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://merchant')
      const check = gateway.verifyNotification(Object.fromEntries(url.searchParams))
      if (url.pathname === '/ipn') {
        ipns.push(check)
        res.writeHead(200, { 'content-type': 'application/json' })
        return res.end(JSON.stringify(vnpayIpnReply(check.ok ? 'ok' : 'bad_signature')))
      }
      const verdict = check.ok ? check.verdict.kind : check.reason
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<h1>Kết quả / Result: ${verdict}</h1>`)
    })
    merchantUrl = await listen(merchantServer)
    const sandbox = createVnpaySandbox({ ...merchant, ipnUrl: () => `${merchantUrl}/ipn` })
    sandboxServer = createServer(async (req, res) => {
      if (!(await sandbox(req, res, (req.url ?? '/').split('?')[0] ?? '/'))) res.writeHead(404).end()
    })
    const sandboxUrl = await listen(sandboxServer)
    gateway = createVnpayGateway({
      ...merchant,
      paymentUrl: `${sandboxUrl}/sandbox/vnpay/paymentv2/vpcpay.html`,
      apiUrl: `${sandboxUrl}/sandbox/vnpay/merchant_webapi/api/transaction`,
    })
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
    })
  })
  afterAll(async () => {
    await browser?.close()
    for (const server of [sandboxServer, merchantServer]) {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
  })

  async function openCheckout(reference: string) {
    const createdAt = new Date()
    const { redirectUrl } = await gateway.createCheckout({
      reference,
      amount: 250_000,
      description: 'Kham nhi khoa',
      returnUrl: `${merchantUrl}/return`,
      notifyUrl: `${merchantUrl}/ipn`,
      clientIp: '127.0.0.1',
      locale: 'vi',
      createdAt,
      expiresAt: new Date(createdAt.getTime() + 15 * 60_000),
    })
    // axe is injected as an inline script, which the page's CSP would otherwise block
    const context = await browser.newContext({ bypassCSP: true })
    const page = await context.newPage()
    await page.goto(redirectUrl)
    return page
  }

  it('pays with "Thanh toán / Pay" and lands on the return URL after the IPN', async () => {
    const page = await openCheckout(`BRW${Date.now()}`)
    expect(await page.getByRole('note').textContent()).toBe('MedBook sandbox — không dùng tiền thật / no real money')
    expect(await page.getByTestId('amount').textContent()).toBe('250.000 ₫')
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Thanh toán / Pay' }).click()
    await page.waitForURL(/\/return\?/)
    expect(await page.getByRole('heading').textContent()).toBe('Kết quả / Result: paid')
    expect(ipns.at(-1)).toMatchObject({ ok: true, verdict: { kind: 'paid', amount: 250_000 } })
  })

  it('cancels with "Hủy / Cancel"', async () => {
    const page = await openCheckout(`BRC${Date.now()}`)
    await page.getByRole('button', { name: 'Hủy / Cancel' }).click()
    await page.waitForURL(/\/return\?/)
    expect(await page.getByRole('heading').textContent()).toBe('Kết quả / Result: failed')
    expect(ipns.at(-1)).toMatchObject({ ok: true, verdict: { kind: 'failed', code: '24' } })
  })
})
