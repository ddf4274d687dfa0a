import { answerJson } from '../route-helpers.js'
import type { SandboxHandler } from './sandbox-handler.js'
import { handleTransactionApi } from './vnpay-sandbox-api.js'
import { decideCheckout, showCheckout } from './vnpay-sandbox-checkout.js'
import { createSandboxState } from './vnpay-sandbox-state.js'

export interface VnpaySandboxOptions {
  tmnCode: string
  hashSecret: string
  /** the merchant's IPN endpoint (VNPay keeps it in its merchant portal; here the server says where it listens) */
  ipnUrl: () => string
}

export const VNPAY_SANDBOX_PREFIX = '/sandbox/vnpay/'
export const VNPAY_SANDBOX_PAYMENT_PATH = '/sandbox/vnpay/paymentv2/vpcpay.html'
export const VNPAY_SANDBOX_API_PATH = '/sandbox/vnpay/merchant_webapi/api/transaction'

/**
 * A local stand-in for VNPay: the payment page, the IPN and return redirect, querydr and refund,
 * with VNPay's signing and answer codes. No real money; state lives in memory for the process.
 */
export function createVnpaySandbox(options: VnpaySandboxOptions): SandboxHandler {
  const state = createSandboxState()
  return async (req, res, pathname) => {
    if (!pathname.startsWith(VNPAY_SANDBOX_PREFIX)) return false
    const method = req.method ?? 'GET'
    const url = new URL(req.url ?? '/', 'http://sandbox.invalid')
    if (pathname === VNPAY_SANDBOX_PAYMENT_PATH) {
      if (method === 'GET' || method === 'HEAD') showCheckout(url, res, options, state)
      else if (method === 'POST') await decideCheckout(req, url, res, options, state)
      else res.writeHead(405, { allow: 'GET, HEAD, POST' }).end()
      return true
    }
    if (pathname === VNPAY_SANDBOX_API_PATH) {
      if (method === 'POST') await handleTransactionApi(req, res, options, state)
      else res.writeHead(405, { allow: 'POST' }).end()
      return true
    }
    answerJson(res, 404, { error: 'Không có trang này trong sandbox VNPay / No such VNPay sandbox page' })
    return true
  }
}
