import type { ServerResponse } from 'node:http'
import { MOMO_RESULT_FIELDS, momoSign } from '@medbook/api'
import type { SandboxContext } from './momo-sandbox-api.js'
import { MOMO_CODES, type MomoCode, momoMessage } from './momo-sandbox-codes.js'
import { checkoutPage, messagePage, pageSecurityHeaders } from './momo-sandbox-page.js'
import type { SandboxOrder } from './momo-sandbox-store.js'

/** MoMo gives the partner 15 s to answer an IPN (developers.momo.vn v3 result-handling/notification). */
const IPN_TIMEOUT_MS = 15_000

export function showCheckout(ctx: SandboxContext, res: ServerResponse, token: string) {
  const order = ctx.store.orderByToken(token)
  if (!order) return notFound(res)
  res.writeHead(200, pageSecurityHeaders(order.redirectUrl)).end(checkoutPage(order, ctx.credentials.partnerCode))
}

/** The payer's choice: MoMo's signed result goes to the IPN URL, then the browser goes back with it. */
export async function settleCheckout(
  ctx: SandboxContext,
  res: ServerResponse,
  token: string,
  choice: 'approve' | 'decline',
) {
  const order = ctx.store.orderByToken(token)
  if (!order) return notFound(res)
  if (order.status !== 'pending') {
    return res
      .writeHead(409, pageSecurityHeaders())
      .end(messagePage('Giao dịch này đã được xử lý.', 'This payment has already been completed.'))
  }
  if (choice === 'approve') ctx.store.settle(order, 'paid', MOMO_CODES.successful)
  else ctx.store.settle(order, 'failed', MOMO_CODES.deniedByUser)

  const result = signedResult(ctx, order)
  await notify(order, result)
  const back = new URL(order.redirectUrl)
  for (const [key, value] of Object.entries(result)) back.searchParams.set(key, String(value))
  res.writeHead(302, { location: back.toString(), 'cache-control': 'no-store' }).end()
}

function signedResult(ctx: SandboxContext, order: SandboxOrder) {
  const result = {
    partnerCode: ctx.credentials.partnerCode,
    orderId: order.orderId,
    requestId: order.requestId,
    amount: order.amount,
    orderInfo: order.orderInfo,
    orderType: 'momo_wallet',
    transId: order.transId,
    resultCode: order.resultCode,
    message: momoMessage(order.resultCode as MomoCode, order.lang),
    payType: order.payType,
    responseTime: order.responseTime,
    extraData: order.extraData,
  }
  const signature = momoSign(ctx.credentials.secretKey, MOMO_RESULT_FIELDS, {
    ...result,
    accessKey: ctx.credentials.accessKey,
  })
  return { ...result, signature }
}

async function notify(order: SandboxOrder, result: Record<string, unknown>) {
  const what = `[momo-sandbox] IPN for ${order.orderId} (resultCode ${order.resultCode})`
  try {
    const response = await fetch(order.ipnUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(result),
      signal: AbortSignal.timeout(IPN_TIMEOUT_MS),
    })
    await response.body?.cancel()
    if (response.status === 204) console.info(`${what}: answered 204`)
    else console.warn(`${what}: answered HTTP ${response.status}, MoMo expects 204`)
  } catch (error) {
    console.warn(`${what}: not delivered (${error instanceof Error ? error.message : 'network error'})`)
  }
}

function notFound(res: ServerResponse) {
  res
    .writeHead(404, pageSecurityHeaders())
    .end(messagePage('Không tìm thấy giao dịch này.', 'This payment link is not known.'))
}
