import { AppError } from './errors.js'
import { findUnsafeInput } from './safe-text.js'

/** Opaque cursors for keyset pagination: the sort key of the last row seen. */
export function encodeKeysetCursor(key: Record<string, string>): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url')
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * A cursor comes back from the client, so it is input like any other: each field it can hold
 * must have the shape the queries bind it as (an id a UUID, an instant a date, a key a number).
 */
function isWellFormed(key: Record<string, string>): boolean {
  if (findUnsafeInput(key)) return false
  return Object.entries(key).every(([name, value]) => {
    if (value.length > 200) return false
    if (name === 'id') return UUID.test(value)
    if (name.endsWith('At')) return !Number.isNaN(Date.parse(value))
    if (name === 'key' || name === 'offset') return value.trim() !== '' && Number.isFinite(Number(value))
    return true
  })
}

export function decodeKeysetCursor(cursor: string): Record<string, string> {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown
    if (
      parsed &&
      typeof parsed === 'object' &&
      !Array.isArray(parsed) &&
      Object.values(parsed).every((v) => typeof v === 'string') &&
      isWellFormed(parsed as Record<string, string>)
    ) {
      return parsed as Record<string, string>
    }
  } catch {}
  throw new AppError('BAD_REQUEST', 'The page cursor is not valid; start again from the first page')
}

const BAD_CURSOR = () => new AppError('BAD_REQUEST', 'The page cursor is not valid; start again from the first page')

/** A keyset cursor of an instant and a row id (the usual newest-first order), both required. */
export function decodeInstantCursor(cursor: string, instantKey = 'createdAt'): { at: Date; id: string } {
  const key = decodeKeysetCursor(cursor)
  const at = new Date(key[instantKey] ?? '')
  if (!key.id || Number.isNaN(at.getTime())) throw BAD_CURSOR()
  return { at, id: key.id }
}

/** The id no row has: a filter on it matches nothing (for callers with no hospital or doctor). */
export const NOWHERE_ID = '00000000-0000-0000-0000-000000000000'

/** Rows after a newest-first (createdAt, id) cursor: older, or as old with a smaller id. */
export function createdBefore(after: { at: Date; id: string } | null) {
  return after ? { OR: [{ createdAt: { lt: after.at } }, { createdAt: after.at, id: { lt: after.id } }] } : {}
}

/** The cursor after a newest-first page, or null when nothing follows it. */
export function nextCreatedCursor(rows: readonly { createdAt: Date; id: string }[], limit: number): string | null {
  const last = rows[limit - 1]
  return rows.length > limit && last
    ? encodeKeysetCursor({ createdAt: last.createdAt.toISOString(), id: last.id })
    : null
}
