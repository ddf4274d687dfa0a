import { ZActivityLogExportQuery } from '@medbook/contracts'
import type { PrismaClient } from '@medbook/db'
import { z } from 'zod'
import { AppError } from '../errors.js'
import { listActivityLogs } from './activity-logs-service.js'

const PAGE = 500

export const ACTIVITY_LOG_CSV_HEADER = [
  'id',
  'timestamp',
  'user_id',
  'user_name',
  'user_role',
  'action',
  'ip_address',
  'user_agent',
  'details',
] as const

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, with quotes
 * doubled. A cell a spreadsheet would read as a formula (starting with = + - @, or a tab or
 * carriage return) is prefixed with ' so it stays text (OWASP "CSV injection").
 */
export function csvField(value: string | null | undefined): string {
  let text = value ?? ''
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function csvLine(fields: Array<string | null | undefined>): string {
  return `${fields.map(csvField).join(',')}\r\n`
}

/** The export's filters from the query string; BAD_REQUEST names the field that is wrong. */
export function parseExportQuery(params: URLSearchParams) {
  const raw = Object.fromEntries([...params.entries()].filter(([, value]) => value !== ''))
  const parsed = ZActivityLogExportQuery.safeParse(raw)
  if (!parsed.success) {
    throw new AppError('BAD_REQUEST', `Invalid filter: ${z.prettifyError(parsed.error)}`, {
      field: String(parsed.error.issues[0]?.path[0] ?? ''),
    })
  }
  return parsed.data
}

/**
 * The filtered activity log as CSV, newest first, one chunk per page of 500 rows read by
 * keyset (id < the page's last id): memory stays flat whatever the log's size. Starts with a
 * UTF-8 byte-order mark so Excel reads Vietnamese correctly.
 */
export async function* activityLogCsv(
  db: PrismaClient,
  filters: z.output<typeof ZActivityLogExportQuery>,
  pageSize = PAGE,
): AsyncGenerator<string> {
  yield `\uFEFF${csvLine([...ACTIVITY_LOG_CSV_HEADER])}`
  let cursor: string | undefined
  do {
    const page = await listActivityLogs(db, { ...filters, limit: pageSize, cursor })
    yield page.items
      .map((row) =>
        csvLine([
          row.id,
          row.timestamp.toISOString(),
          row.userId,
          row.userName,
          row.userRole,
          row.action,
          row.ipAddress,
          row.userAgent,
          JSON.stringify(row.details),
        ]),
      )
      .join('')
    cursor = page.nextCursor ?? undefined
  } while (cursor)
}

export function exportFileName(now = new Date()): string {
  return `activity-logs-${now.toISOString().slice(0, 10)}.csv`
}
