import { once } from 'node:events'
import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  hospitalPaymentsCsv,
  MOMO_IPN_ANSWER_STATUS,
  receiptFor,
  receiveGatewayNotification,
  type Services,
  vnpayIpnReply,
} from '@medbook/api'
import type { PrismaClient } from '@medbook/db'
import { contentDisposition } from './files-route.js'
import { answerError, answerJson, type CreateContext, signedInContext } from './route-helpers.js'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const MAX_IPN_BYTES = 16 * 1024

/**
 * GET /payments/ipn/vnpay?vnp_...: VNPay's IPN (its merchant portal points here). The answer
 * is VNPay's JSON reply code: 97 bad checksum, 01 unknown order, 04 wrong amount, 02 already
 * confirmed, 00 done, 99 our error (VNPay retries until 00 or 02).
 */
export async function handleVnpayIpn(req: IncomingMessage, res: ServerResponse, db: PrismaClient, services: Services) {
  if (req.method !== 'GET') return answerJson(res, 405, { error: 'Use GET' })
  const params = new URL(req.url ?? '/', 'http://localhost').searchParams
  const payload: Record<string, unknown> = {}
  for (const [key, value] of params) payload[key] = key in payload ? [payload[key], value].flat() : value
  const outcome = await receiveGatewayNotification(db, services, 'vnpay', payload)
  answerJson(res, 200, vnpayIpnReply(outcome))
}

/**
 * POST /payments/ipn/momo (JSON): MoMo's IPN, answered 204 once handled as MoMo documents. A
 * forged, tampered or unreadable notice changes nothing and is answered 400.
 */
export async function handleMomoIpn(req: IncomingMessage, res: ServerResponse, db: PrismaClient, services: Services) {
  if (req.method !== 'POST') return answerJson(res, 405, { error: 'Use POST' })
  const body = await readSmallBody(req)
  let payload: unknown = null
  try {
    payload = body === null ? null : JSON.parse(body)
  } catch {}
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) {
    return answerJson(res, 400, { resultCode: 20, message: 'Bad format request.' })
  }
  const outcome = await receiveGatewayNotification(db, services, 'momo', payload as Record<string, unknown>)
  if (outcome === 'bad_signature') return answerJson(res, 400, { resultCode: 13, message: 'Invalid signature.' })
  if (outcome === 'not_found' || outcome === 'amount_mismatch') {
    return answerJson(res, 400, { resultCode: 42, message: 'Order not found or amount differs.' })
  }
  if (outcome === 'error') return answerJson(res, 500, { resultCode: 99, message: 'Try again later.' })
  res.writeHead(MOMO_IPN_ANSWER_STATUS).end()
}

async function readSmallBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_IPN_BYTES) return null
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * GET /files/receipts/<paymentId>.pdf?lang=vi|en: the receipt, for its patient and the
 * hospital's staff (cookie, bearer, or an API key with payments:read); everyone else gets the
 * same 404 as for a payment that does not exist.
 */
export async function handleReceipt(req: IncomingMessage, res: ServerResponse, createContext: CreateContext) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return res.writeHead(405, { allow: 'GET, HEAD' }).end()
  const url = new URL(req.url ?? '/', 'http://localhost')
  const match = /^\/files\/receipts\/([^/]+)\.pdf$/.exec(url.pathname)
  const id = match?.[1] ?? ''
  const locale = url.searchParams.get('lang') === 'en' ? 'en' : 'vi'
  let receipt: Awaited<ReturnType<typeof receiptFor>> = null
  if (UUID.test(id)) {
    try {
      const ctx = await signedInContext(req, res, createContext, 'payments:read')
      receipt = await receiptFor(ctx.db, ctx.auth, id, locale)
    } catch {
      receipt = null
    }
  }
  if (!receipt) {
    return res
      .writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
      .end('Not found')
  }
  res.writeHead(200, {
    'content-type': 'application/pdf',
    'content-length': receipt.pdf.length,
    'content-disposition': contentDisposition(
      url.searchParams.get('inline') ? 'inline' : 'attachment',
      receipt.fileName,
    ),
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
  })
  res.end(req.method === 'HEAD' ? undefined : receipt.pdf)
}

/** GET /hospital/payments.csv?status=&method=&from=&to=&search=&hospitalId=: staff (their hospital) and admins (all, or one hospital). */
export async function handlePaymentsExport(req: IncomingMessage, res: ServerResponse, createContext: CreateContext) {
  if (req.method !== 'GET') return answerJson(res, 405, { error: 'Use GET' })
  try {
    const ctx = await signedInContext(req, res, createContext, 'payments:read')
    const rows = hospitalPaymentsCsv(ctx.db, ctx.auth, new URL(req.url ?? '/', 'http://localhost').searchParams)
    const first = await rows.next()
    res.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="medbook-payments-${new Date().toISOString().slice(0, 10)}.csv"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    })
    if (!first.done) res.write(first.value)
    const closed = once(res, 'close').catch(() => [])
    for await (const chunk of rows) {
      if (res.destroyed) break
      if (chunk && !res.write(chunk)) await Promise.race([once(res, 'drain'), closed])
    }
    if (!res.destroyed) res.end()
  } catch (error) {
    answerError(res, error, 'payments export')
  }
}
