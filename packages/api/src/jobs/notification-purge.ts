import type { PrismaClient } from '@medbook/db'
import type { SweepOptions } from './reminders.js'

const BATCH = 500

/**
 * Deletes notifications past their expiresAt (a lapsed waitlist offer, say), a batch at a time
 * so one sweep never holds a long lock; the centre already hides them from that instant.
 */
export async function purgeExpiredNotifications(db: PrismaClient, options: SweepOptions = {}): Promise<number> {
  const now = options.now ?? new Date()
  const limit = options.limit ?? 10_000
  let purged = 0
  while (purged < limit && !options.signal?.aborted) {
    const deleted = await db.$executeRaw`
      DELETE FROM notifications WHERE id IN (
        SELECT id FROM notifications WHERE "expiresAt" <= ${now} LIMIT ${Math.min(BATCH, limit - purged)})`
    purged += deleted
    if (deleted < BATCH) break
  }
  return purged
}
