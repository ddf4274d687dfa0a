import { once } from 'node:events'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { AppError, activityLogCsv, exportFileName, parseExportQuery } from '@medbook/api'
import { answerError, answerJson, type CreateContext, signedInContext } from './route-helpers.js'

/**
 * GET /admin/activity-logs.csv?userId=&role=&action=&from=&to= (the filters of
 * admin.activityLogs): the log as CSV, for admins signed in by cookie or bearer, or with an
 * API key holding "admin:read". Written page by page as the database returns them, waiting
 * whenever the client reads slower than we write.
 */
export async function handleActivityLogExport(req: IncomingMessage, res: ServerResponse, createContext: CreateContext) {
  if (req.method !== 'GET') return answerJson(res, 405, { error: 'Use GET' })
  try {
    const ctx = await signedInContext(req, res, createContext, 'admin:read')
    if (ctx.auth.user.role !== 'admin') throw new AppError('FORBIDDEN', 'This needs an administrator account')
    const filters = parseExportQuery(new URL(req.url ?? '/', 'http://localhost').searchParams)
    const rows = activityLogCsv(ctx.db, filters)
    // the first chunk (the header) before any status, so a failing query still answers JSON
    const first = await rows.next()
    res.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${exportFileName()}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    })
    if (!first.done) res.write(first.value)
    const closed = once(res, 'close').catch(() => [])
    for await (const chunk of rows) {
      if (res.destroyed) break
      // a client that went away never drains: stop then
      if (chunk && !res.write(chunk)) await Promise.race([once(res, 'drain'), closed])
    }
    if (!res.destroyed) res.end()
  } catch (error) {
    answerError(res, error, 'activity log export')
  }
}
