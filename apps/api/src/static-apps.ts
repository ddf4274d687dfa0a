import { existsSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { fileURLToPath } from 'node:url'
import sirv from 'sirv'

export const PATIENT_DIST = fileURLToPath(new URL('../../patient/dist', import.meta.url))
export const PORTAL_DIST = fileURLToPath(new URL('../../portal/dist', import.meta.url))

type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void

/** Serves a built single-page app; unknown paths get its index.html so client routes work. */
export function serveSpa(dir: string): Handler {
  if (!existsSync(dir)) {
    return (_req, res) => {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
      res.end(`This app is not built yet (${dir}). Run \`npm run build\`.`)
    }
  }
  return sirv(dir, { single: true, etag: true, gzip: false, dev: false, immutable: true, maxAge: 60 })
}
