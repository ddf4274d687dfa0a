import type { IncomingMessage, ServerResponse } from 'node:http'
import { readBody } from '../route-helpers.js'
import {
  type ApiAnswer,
  createPayment,
  queryPayment,
  refundPayment,
  type SandboxContext,
  type SandboxCredentials,
} from './momo-sandbox-api.js'
import { settleCheckout, showCheckout } from './momo-sandbox-checkout.js'
import { MOMO_CODES, momoMessage } from './momo-sandbox-codes.js'
import { createSandboxStore } from './momo-sandbox-store.js'
import type { SandboxHandler } from './sandbox-handler.js'

const PREFIX = '/sandbox/momo/'
const MAX_BODY_BYTES = 32 * 1024
const API: Record<string, (ctx: SandboxContext, body: Record<string, unknown>, origin: string) => ApiAnswer> = {
  [`${PREFIX}v2/gateway/api/create`]: createPayment,
  [`${PREFIX}v2/gateway/api/query`]: queryPayment,
  [`${PREFIX}v2/gateway/api/refund`]: refundPayment,
}
const PAY_PAGE = /^\/sandbox\/momo\/pay\/([A-Za-z0-9_-]{1,64})(?:\/(approve|decline))?$/
const HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/

/**
 * Plays MoMo's side of payment gateway API v2 on this server, signing as MoMo does, with
 * orders kept in memory: the create/query/refund API and a checkout page to pay or cancel.
 */
export function createMomoSandbox(credentials: SandboxCredentials): SandboxHandler {
  const ctx: SandboxContext = { credentials, store: createSandboxStore() }

  return async (req, res, pathname) => {
    if (!pathname.startsWith(PREFIX)) return false
    try {
      const api = API[pathname]
      if (api) {
        await answerApi(ctx, req, res, api)
        return true
      }
      const page = PAY_PAGE.exec(pathname)
      const token = page?.[1]
      const choice = page?.[2] as 'approve' | 'decline' | undefined
      if (!token) {
        answerJson(res, 404, { error: 'Not found' })
      } else if (choice) {
        if (req.method !== 'POST') answerMethodNotAllowed(res, 'POST')
        else await settleCheckout(ctx, res, token, choice)
      } else if (req.method !== 'GET' && req.method !== 'HEAD') {
        answerMethodNotAllowed(res, 'GET, HEAD')
      } else {
        showCheckout(ctx, res, token)
      }
    } catch (error) {
      console.error('[momo-sandbox] failed:', error instanceof Error ? error.message : error)
      if (res.headersSent) res.destroy()
      else
        answerJson(res, 500, {
          resultCode: MOMO_CODES.unknownError,
          message: momoMessage(MOMO_CODES.unknownError, 'en'),
        })
    }
    return true
  }
}

async function answerApi(
  ctx: SandboxContext,
  req: IncomingMessage,
  res: ServerResponse,
  api: (ctx: SandboxContext, body: Record<string, unknown>, origin: string) => ApiAnswer,
) {
  if (req.method !== 'POST') return answerMethodNotAllowed(res, 'POST')
  const host = req.headers.host ?? ''
  const badFormat = { resultCode: MOMO_CODES.badFormat, message: momoMessage(MOMO_CODES.badFormat, 'en') }
  if (!HOST.test(host)) return answerJson(res, 400, badFormat)
  let body: unknown
  try {
    const bytes = await readBody(req, MAX_BODY_BYTES, () => new RangeError('too large'))
    body = JSON.parse(bytes.toString('utf8'))
  } catch (error) {
    if (error instanceof RangeError) res.setHeader('connection', 'close')
    return answerJson(res, error instanceof RangeError ? 413 : 400, badFormat)
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return answerJson(res, 400, badFormat)
  const origin = `${'encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http'}://${host}`
  const answer = api(ctx, body as Record<string, unknown>, origin)
  answerJson(res, answer.status, answer.body)
}

function answerJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', 'cache-control': 'no-store' })
  res.end(JSON.stringify(body))
}

function answerMethodNotAllowed(res: ServerResponse, allow: string) {
  res.setHeader('allow', allow)
  answerJson(res, 405, { error: `Use ${allow}` })
}
