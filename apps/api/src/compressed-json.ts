import type { IncomingMessage, ServerResponse } from 'node:http'
import compression from 'compression'

const JSON_TYPE = /^application\/json\b/i

/**
 * tRPC's answers to queries (GET), gzip or brotli for a client that asks (Accept-Encoding): JSON
 * lists shrink several times over, which a phone on slow 4G feels. tRPC streams its
 * body without a length, so the middleware's size threshold cannot apply; a small answer costs
 * ~0.1 ms to compress. Mutations (POST: bookings, payments) answer a few hundred bytes on the
 * hottest path and go as they are. Live streams (text/event-stream) are left alone — a compressor
 * would hold events back in its buffer — and so is anything that is not JSON.
 */
const compressJson = compression({
  filter: (req, res) => req.method === 'GET' && JSON_TYPE.test(String(res.getHeader('content-type') ?? '')),
})

export function withCompressedJson(req: IncomingMessage, res: ServerResponse, handle: () => void): void {
  // the middleware is written for Express's request/response, which extend Node's own
  compressJson(req as Parameters<typeof compressJson>[0], res as Parameters<typeof compressJson>[1], handle)
}
