import { existsSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { fileURLToPath } from 'node:url'
import sirv from 'sirv'

export const PATIENT_DIST = fileURLToPath(new URL('../../patient/dist', import.meta.url))
export const PORTAL_DIST = fileURLToPath(new URL('../../portal/dist', import.meta.url))

type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void

/** Vite names what it builds under assets/ after the content's hash: a new release, a new name. */
const FINGERPRINTED = /^\/assets\/[^/]+-[\w-]{8}\.\w+$/
export const IMMUTABLE = 'public, max-age=31536000, immutable'
export const REVALIDATE = 'no-cache'

/**
 * Serves a built single-page app; unknown paths get its index.html so client routes work.
 * The build writes a .br and a .gz next to each file (vite-plugin-compression2); sirv sends the
 * one the browser accepts, with `Vary: Accept-Encoding`. Fingerprinted assets may be kept for a
 * year; everything else (index.html, the SPA fallback, favicon) is revalidated with its ETag, so a
 * release reaches every phone on its next visit.
 */
export function serveSpa(dir: string): Handler {
  if (!existsSync(dir)) {
    return (_req, res) => {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
      res.end(`This app is not built yet (${dir}). Run \`npm run build\`.`)
    }
  }
  const files = sirv(dir, { single: true, etag: true, brotli: true, gzip: true, dev: false })
  return (req, res, next) => {
    const pathname = (req.url ?? '/').split('?')[0] ?? '/'
    // set before sirv answers, so that its 304s carry them too
    res.setHeader('Cache-Control', FINGERPRINTED.test(pathname) ? IMMUTABLE : REVALIDATE)
    res.setHeader('Vary', 'Accept-Encoding')
    files(req, res, () => {
      res.removeHeader('Cache-Control')
      res.removeHeader('Vary')
      next()
    })
  }
}
