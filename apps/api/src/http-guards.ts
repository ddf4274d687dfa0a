import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'
import { answerJson } from './route-helpers.js'

/** The longest URL served: a tRPC GET carries its (batched) input in the query string. */
export const MAX_URL_LENGTH = 16 * 1024
/**
 * Request line and headers together; Node's parser refuses more with 431. Above
 * MAX_URL_LENGTH, so that a URL too long for the server reaches the handler and gets 414.
 */
export const MAX_HEADER_SIZE = 32 * 1024
/** How long a refused connection keeps reading what its client still sends. */
const LINGER_MS = 5_000

export const TRPC_METHODS = ['GET', 'POST', 'HEAD'] as const
export const READ_METHODS = ['GET', 'HEAD'] as const

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  431: 'Request Header Fields Too Large',
}

/** Answers 414 when the URL is longer than the server serves; true when it did. */
export function refusedLongUrl(req: IncomingMessage, res: ServerResponse): boolean {
  if ((req.url ?? '').length <= MAX_URL_LENGTH) return false
  answerJson(res, 414, { error: `URLs are limited to ${MAX_URL_LENGTH} characters`, code: 'URI_TOO_LONG' })
  return true
}

/** Answers 405 with Allow unless the request's method is one of `allowed`; true when it did. */
export function refusedMethod(req: IncomingMessage, res: ServerResponse, allowed: readonly string[]): boolean {
  if (allowed.includes(req.method ?? '')) return false
  res.setHeader('allow', allowed.join(', '))
  answerJson(res, 405, { error: `${req.method} is not allowed here`, code: 'METHOD_NOT_SUPPORTED' })
  return true
}

/**
 * Answers what never reaches the request handler: CONNECT (405), and requests Node's parser
 * refuses (headers over MAX_HEADER_SIZE: 431, malformed: 400, too slow: 408). Node's own
 * answer to those closes the socket at once; while the client is still sending, that makes
 * the kernel reset the connection and the client never reads the answer.
 */
export function answerUnservedRequests(server: Server): void {
  const answered = new WeakSet<Duplex>()
  const answer = (socket: Duplex, status: number, code: string, extraHeaders: string[] = []) => {
    // an errored parser reports every further chunk the client sends: answer once
    if (answered.has(socket)) return
    answered.add(socket)
    if (!socket.writable) return socket.destroy()
    const body = JSON.stringify({ error: STATUS_TEXT[status], code })
    const head = [
      `HTTP/1.1 ${status} ${STATUS_TEXT[status]}`,
      'content-type: application/json',
      `content-length: ${Buffer.byteLength(body)}`,
      ...extraHeaders,
      'connection: close',
    ]
    socket.end(`${head.join('\r\n')}\r\n\r\n${body}`)
    lingerThenClose(socket)
  }
  server.on('connect', (_req: IncomingMessage, socket: Duplex) =>
    answer(socket, 405, 'METHOD_NOT_SUPPORTED', [`allow: ${TRPC_METHODS.join(', ')}`]),
  )
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET') return socket.destroy()
    if (error.code === 'HPE_HEADER_OVERFLOW') return answer(socket, 431, 'REQUEST_HEADER_FIELDS_TOO_LARGE')
    if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return answer(socket, 408, 'TIMEOUT')
    answer(socket, 400, 'BAD_REQUEST')
  })
}

/** Reads and drops the rest of the request until the client closes, for at most LINGER_MS. */
function lingerThenClose(socket: Duplex) {
  const timer = setTimeout(() => socket.destroy(), LINGER_MS)
  timer.unref()
  socket.once('close', () => clearTimeout(timer))
  socket.on('error', () => socket.destroy())
  socket.resume()
}
