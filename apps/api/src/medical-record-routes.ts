import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { AppError, demoLabResultFor, findReadableRecordFile, recordPdfFor, saveRecordFile } from '@medbook/api'
import { RECORD_FILE_MAX_BYTES } from '@medbook/contracts'
import { contentDisposition, notFound } from './files-route.js'
import { actorFrom, type CreateContext, handleUpload, signedInContext } from './route-helpers.js'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const PRIVATE_FILE_HEADERS = {
  'cache-control': 'private, no-store',
  'x-content-type-options': 'nosniff',
  'cross-origin-resource-policy': 'same-origin',
} as const

/**
 * POST /uploads/medical-record-file?recordId=<id>&fileName=<name> with the file as the raw body
 * (PDF, JPEG, PNG or WebP, 10 MB at most): the treating doctor attaches a lab result. Kept in the
 * private files folder.
 */
export function handleRecordFileUpload(
  req: IncomingMessage,
  res: ServerResponse,
  createContext: CreateContext,
  privateFilesDir: string,
) {
  return handleUpload(req, res, createContext, {
    what: 'lab result upload',
    maxBytes: RECORD_FILE_MAX_BYTES,
    tooLarge: () => new AppError('PAYLOAD_TOO_LARGE', 'A lab result file can be at most 10 MB'),
    scope: null,
    save: (ctx, bytes, url) =>
      saveRecordFile(
        ctx.db,
        ctx.auth,
        actorFrom(ctx),
        { recordId: url.searchParams.get('recordId'), bytes, fileName: url.searchParams.get('fileName') },
        privateFilesDir,
      ),
  })
}

async function readerContext(req: IncomingMessage, res: ServerResponse, createContext: CreateContext) {
  return signedInContext(req, res, createContext, 'records:read').catch(() => null)
}

/**
 * GET /files/records/<fileId>: an uploaded lab result, for whoever may read its record (the
 * hospital's doctors; the patient once shared); everyone else gets the 404 of a missing file.
 */
export async function handleRecordFile(
  req: IncomingMessage,
  res: ServerResponse,
  createContext: CreateContext,
  privateFilesDir: string,
) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return res.writeHead(405, { allow: 'GET, HEAD' }).end()
  const url = new URL(req.url ?? '/', 'http://localhost')
  const id = url.pathname.slice('/files/records/'.length)
  if (!UUID.test(id)) return notFound(res)
  const ctx = await readerContext(req, res, createContext)
  const file = ctx
    ? await findReadableRecordFile(ctx.db, ctx.auth, actorFrom(ctx), id, privateFilesDir).catch(() => null)
    : null
  const size = file
    ? await stat(file.path).then(
        (info) => info.size,
        () => null,
      )
    : null
  if (!file || size === null) return notFound(res)
  res.writeHead(200, {
    ...PRIVATE_FILE_HEADERS,
    'content-type': file.mimeType,
    'content-length': String(size),
    'content-disposition': contentDisposition(
      url.searchParams.get('inline') === '1' ? 'inline' : 'attachment',
      file.fileName,
    ),
    ...(file.mimeType === 'application/pdf' ? {} : { 'content-security-policy': "default-src 'none'; sandbox" }),
  })
  if (req.method === 'HEAD') return res.end()
  createReadStream(file.path)
    .on('error', () => res.destroy())
    .pipe(res)
}

/**
 * GET /files/medical-records/<recordId>.pdf?lang=vi|en: the record as a PDF; and
 * GET /files/lab-results/<recordId>-<n>.pdf: a demo lab result, drawn from the record.
 * Same readers as the record; the download is logged.
 */
export async function handleRecordPdf(req: IncomingMessage, res: ServerResponse, createContext: CreateContext) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return res.writeHead(405, { allow: 'GET, HEAD' }).end()
  const url = new URL(req.url ?? '/', 'http://localhost')
  const locale = url.searchParams.get('lang') === 'en' ? 'en' : 'vi'
  const ctx = await readerContext(req, res, createContext)
  let document: { pdf: Buffer; fileName: string } | null = null
  if (ctx) {
    const record = /^\/files\/medical-records\/([^/]+)\.pdf$/.exec(url.pathname)?.[1]
    const lab = /^\/files\/lab-results\/([^/]+)$/.exec(url.pathname)?.[1]
    document = await (record && UUID.test(record)
      ? recordPdfFor(ctx.db, ctx.auth, actorFrom(ctx), record, locale)
      : lab
        ? demoLabResultFor(ctx.db, ctx.auth, actorFrom(ctx), lab, locale)
        : Promise.resolve(null)
    ).catch(() => null)
  }
  if (!document) return notFound(res)
  res.writeHead(200, {
    ...PRIVATE_FILE_HEADERS,
    'content-type': 'application/pdf',
    'content-length': document.pdf.length,
    'content-disposition': contentDisposition(
      url.searchParams.get('inline') ? 'inline' : 'attachment',
      document.fileName,
    ),
  })
  res.end(req.method === 'HEAD' ? undefined : document.pdf)
}
