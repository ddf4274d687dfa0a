import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { findReadableDocument } from '@medbook/api'
import type { CreateContext } from './route-helpers.js'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function notFound(res: ServerResponse) {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end('Not found')
}

/** `attachment; filename="ascii fallback"; filename*=UTF-8''percent-encoded` (RFC 6266 / 5987). */
export function contentDisposition(kind: 'attachment' | 'inline', fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_')
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`
}

/**
 * GET /files/verification/<id>: the document's bytes, for admins and its owner only (the
 * doctor, or staff of the hospital). Everyone else, signed in or not, gets the same 404 as for
 * an id that does not exist. `?inline=1` asks to view it in the browser instead of saving it.
 */
export async function handleVerificationFile(
  req: IncomingMessage,
  res: ServerResponse,
  createContext: CreateContext,
  privateFilesDir: string,
) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return res.writeHead(405, { allow: 'GET, HEAD' }).end()
  }
  const url = new URL(req.url ?? '/', 'http://localhost')
  const id = url.pathname.slice('/files/verification/'.length)
  if (!UUID.test(id)) return notFound(res)
  let document: Awaited<ReturnType<typeof findReadableDocument>> = null
  try {
    const ctx = await createContext({ req, res })
    // API keys carry no scope for documents: the owner or an admin signs in
    if (ctx.auth && !ctx.auth.apiKey) document = await findReadableDocument(ctx.db, ctx.auth.user, id, privateFilesDir)
  } catch {
    document = null
  }
  if (!document) return notFound(res)
  const size = await stat(document.path).then(
    (info) => info.size,
    () => null,
  )
  if (size === null) {
    console.error(`verification document ${id}: file missing at ${document.path}`)
    return notFound(res)
  }
  res.writeHead(200, {
    'content-type': document.mimeType,
    'content-length': String(size),
    'content-disposition': contentDisposition(
      url.searchParams.get('inline') === '1' ? 'inline' : 'attachment',
      document.fileName,
    ),
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-store',
    // images opened on their own run nothing; PDFs need the browser's viewer, which a sandbox blocks
    ...(document.mimeType === 'application/pdf' ? {} : { 'content-security-policy': "default-src 'none'; sandbox" }),
    'cross-origin-resource-policy': 'same-origin',
  })
  if (req.method === 'HEAD') return res.end()
  createReadStream(document.path)
    .on('error', (error) => {
      console.error(`verification document ${id}: read failed:`, error)
      res.destroy()
    })
    .pipe(res)
}
