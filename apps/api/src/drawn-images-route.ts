import { createHash } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { drawnImage } from './drawn-images/drawn-image.js'

/** A URL always draws the same picture, so browsers and proxies may keep it for a year. */
const LONG_CACHE = 'public, max-age=31536000, immutable'

/** GET/HEAD /images/…: the demo data's avatars, hospital pictures and specialty icons, drawn on request. */
export function handleDrawnImage(req: IncomingMessage, res: ServerResponse, pathname: string) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return res.writeHead(405, { allow: 'GET, HEAD' }).end()
  const svg = drawnImage(pathname)
  if (!svg) return res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('No such image')
  const body = Buffer.from(svg)
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`
  const headers = {
    'content-type': 'image/svg+xml; charset=utf-8',
    'cache-control': LONG_CACHE,
    etag,
    'x-content-type-options': 'nosniff',
    // an SVG opened on its own runs no script and loads nothing
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
  }
  if (req.headers['if-none-match'] === etag) return res.writeHead(304, headers).end()
  res.writeHead(200, { ...headers, 'content-length': body.length })
  res.end(req.method === 'HEAD' ? undefined : body)
}
