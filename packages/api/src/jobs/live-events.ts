import type { PrismaClient } from '@medbook/db'
import type { SweepOptions } from './reminders.js'

/** How long a live event can still be resumed from: a client away longer refetches its screens. */
export const LIVE_EVENT_RETENTION_MS = 7 * 24 * 60 * 60_000

/**
 * Deletes live events older than the retention window, oldest first, `limit` at a time. The
 * per-user counters stay, so numbering never restarts.
 */
export async function purgeOldLiveEvents(db: PrismaClient, options: SweepOptions = {}): Promise<number> {
  const before = new Date((options.now ?? new Date()).getTime() - LIVE_EVENT_RETENTION_MS)
  return db.$executeRaw`
    DELETE FROM user_events WHERE ("userId", seq) IN (
      SELECT "userId", seq FROM user_events WHERE "createdAt" < ${before} ORDER BY "createdAt" LIMIT ${options.limit ?? 5000}
    )`
}
