import { AppError } from './errors.js'

/** Opaque cursors for keyset pagination: the sort key of the last row seen. */
export function encodeKeysetCursor(key: Record<string, string>): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url')
}

export function decodeKeysetCursor(cursor: string): Record<string, string> {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown
    if (parsed && typeof parsed === 'object' && Object.values(parsed).every((v) => typeof v === 'string')) {
      return parsed as Record<string, string>
    }
  } catch {}
  throw new AppError('BAD_REQUEST', 'The page cursor is not valid; start again from the first page')
}
