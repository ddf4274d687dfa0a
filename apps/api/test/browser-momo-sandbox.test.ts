import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type CallbackCheck, createMomoGateway, MOMO_IPN_ANSWER_STATUS, type PaymentGateway } from '@medbook/api'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMomoSandbox } from '../src/payment-sandbox/momo-sandbox.js'
import { seriousAxeViolations } from './support/axe.js'

// The MoMo sandbox checkout in Chromium: the buttons by their accessible names, axe, and the
// form post → IPN → redirect back (which the page's CSP form-action must allow).

const credentials = {
  partnerCode: 'MEDBOOKSANDBOX',
  accessKey: 'browser-access',
  secretKey: 'browser-secret-not-for-production',
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

describe('MoMo sandbox checkout in the browser', () => {
  const ipns: Array<Record<string, unknown>> = []
  const returns: CallbackCheck[] = []
  let sandboxServer: Server
  let merchantServer: Server
  let merchantUrl: string
  let gateway: PaymentGateway
  let browser: Browser

  beforeAll(async () => {
    const sandbox = createMomoSandbox(credentials)
    sandboxServer = createServer(async (req, res) => {
      if (!(await sandbox(req, res, new URL(req.url ?? '/', 'http://localhost').pathname))) res.writeHead(404).end()
    })
    // our side: the IPN receiver and the return page
    merchantServer = createServer(async (req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost')
      if (url.pathname === '/ipn') {
        let text = ''
        for await (const chunk of req) text += chunk
        ipns.push(JSON.parse(text))
        return res.writeHead(MOMO_IPN_ANSWER_STATUS).end()
      }
      if (url.pathname !== '/return') return res.writeHead(404).end()
      const check = gateway.verifyReturn(Object.fromEntries(url.searchParams))
      returns.push(check)
      const kind = check.ok ? check.verdict.kind : 'refused'
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(`<!doctype html><html lang="en"><title>Return</title><main><h1>Payment ${kind}</h1></main></html>`)
    })
    const sandboxUrl = await listen(sandboxServer)
    merchantUrl = await listen(merchantServer)
    gateway = createMomoGateway({
      ...credentials,
      endpoint: `${sandboxUrl}/sandbox/momo`,
      requestType: 'captureWallet',
    })
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    })
  })
  afterAll(async () => {
    await browser?.close()
    for (const server of [sandboxServer, merchantServer]) {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
  })

  const startCheckout = (reference: string) =>
    gateway.createCheckout({
      reference,
      amount: 250_000,
      description: 'Kham tong quat',
      returnUrl: `${merchantUrl}/return`,
      notifyUrl: `${merchantUrl}/ipn`,
      clientIp: '127.0.0.1',
      locale: 'vi',
      createdAt: new Date(),
      expiresAt: new Date(Date.now() + 15 * 60_000),
    })

  it('pays with "Xác nhận thanh toán / Pay" and comes back paid', async () => {
    const { redirectUrl } = await startCheckout('MBBROWSER1')
    // axe is injected as an inline script, which the page's own CSP forbids
    const page = await browser.newPage({ bypassCSP: true })
    await page.goto(redirectUrl)
    await expect(page.getByText('MedBook sandbox — no real money').isVisible()).resolves.toBe(true)
    await expect(page.getByText('250.000 ₫').isVisible()).resolves.toBe(true)
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.close()

    const payer = await browser.newPage()
    await payer.goto(redirectUrl)
    await payer.getByRole('button', { name: 'Xác nhận thanh toán / Pay' }).click()
    await payer.waitForURL(`${merchantUrl}/return?**`)
    await expect(payer.getByRole('heading', { name: 'Payment paid' }).isVisible()).resolves.toBe(true)
    await payer.close()
    expect(gateway.verifyNotification(ipns.at(-1) as Record<string, unknown>)).toMatchObject({
      ok: true,
      verdict: { kind: 'paid', reference: 'MBBROWSER1', amount: 250_000 },
    })
    expect(returns.at(-1)).toMatchObject({ ok: true, verdict: { kind: 'paid' } })
  })

  it('cancels with "Hủy / Cancel" and comes back failed', async () => {
    const { redirectUrl } = await startCheckout('MBBROWSER2')
    const payer = await browser.newPage()
    await payer.goto(redirectUrl)
    await payer.getByRole('button', { name: 'Hủy / Cancel' }).click()
    await payer.waitForURL(`${merchantUrl}/return?**`)
    await expect(payer.getByRole('heading', { name: 'Payment failed' }).isVisible()).resolves.toBe(true)
    await payer.close()
    expect(returns.at(-1)).toMatchObject({ ok: true, verdict: { kind: 'failed', code: '1006' } })
  })
})
