import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { AppError, findReadableMessageFile, saveMessageFile, viewerOf } from '@medbook/api'
import { MAX_MESSAGE_FILE_BYTES } from '@medbook/contracts'
import { contentDisposition, notFound } from './files-route.js'
import { type CreateContext, handleUpload, signedInContext } from './route-helpers.js'

const PRIVATE_FILE_HEADERS = {
  'cache-control': 'private, no-store',
  'x-content-type-options': 'nosniff',
  'cross-origin-resource-policy': 'same-origin',
} as const

/**
 * POST /uploads/message-file?fileName=<name> with the file as the raw body (JPEG, PNG, WebP or
 * PDF by its bytes, 10 MB at most): kept privately until the message that carries it is sent.
 * Answers the ZMessageAttachment to put in conversations.send's attachmentIds.
 */
export function handleMessageFileUpload(
  req: IncomingMessage,
  res: ServerResponse,
  createContext: CreateContext,
  privateFilesDir: string,
) {
  return handleUpload(req, res, createContext, {
    what: 'message file upload',
    maxBytes: MAX_MESSAGE_FILE_BYTES,
    tooLarge: () => new AppError('PAYLOAD_TOO_LARGE', 'A message attachment can be at most 10 MB'),
    scope: 'messages:write',
    save: (ctx, bytes, url) =>
      saveMessageFile(
        ctx.db,
        viewerOf(ctx.auth),
        { bytes, fileName: url.searchParams.get('fileName') },
        privateFilesDir,
      ),
  })
}

/**
 * GET /files/messages/<fileId>: a message attachment for the members of its conversation (and
 * its uploader before it is sent); /files/messages/<messageId>.pdf: a demo seed attachment,
 * drawn. Images and PDFs open inline; everyone else gets the 404 of a missing file.
 */
export async function handleMessageFile(
  req: IncomingMessage,
  res: ServerResponse,
  createContext: CreateContext,
  privateFilesDir: string,
) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return res.writeHead(405, { allow: 'GET, HEAD' }).end()
  const url = new URL(req.url ?? '/', 'http://localhost')
  const name = url.pathname.slice('/files/messages/'.length)
  const ctx = await signedInContext(req, res, createContext, 'messages:read').catch(() => null)
  const file = ctx
    ? await findReadableMessageFile(ctx.db, viewerOf(ctx.auth), name, privateFilesDir).catch(() => null)
    : null
  if (!file) return notFound(res)
  const size =
    file.kind === 'generated'
      ? file.pdf.length
      : await stat(file.path).then(
          (info) => info.size,
          () => null,
        )
  if (size === null) return notFound(res)
  res.writeHead(200, {
    ...PRIVATE_FILE_HEADERS,
    'content-type': file.mimeType,
    'content-length': String(size),
    'content-disposition': contentDisposition('inline', file.fileName),
    // an image opened by itself runs nothing; a PDF needs the browser's viewer
    ...(file.mimeType === 'application/pdf' ? {} : { 'content-security-policy': "default-src 'none'; sandbox" }),
  })
  if (req.method === 'HEAD') return res.end()
  if (file.kind === 'generated') return res.end(file.pdf)
  createReadStream(file.path)
    .on('error', () => res.destroy())
    .pipe(res)
}
