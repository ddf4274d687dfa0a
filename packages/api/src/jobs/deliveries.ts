import type { PrismaClient } from '@medbook/db'
import { deliverNotification } from '../appointments/notify.js'
import type { Services } from '../services.js'
import type { SweepOptions } from './reminders.js'

/** A pending notification older than this lost its job (or never got one): the sweep sends it. */
const STALLED_AFTER_MS = 10 * 60_000

/**
 * The safety net under the delivery jobs (the outbox's drain): notifications of any type still
 * pending long after they were written (a queue that refused the job, a worker that died
 * mid-send) are delivered by the minute sweep, over their recipients' channels. Reminders are not
 * touched here; their own sweep owns them.
 */
export async function deliverStalledNotifications(
  db: PrismaClient,
  services: Services,
  options: SweepOptions = {},
): Promise<number> {
  const now = options.now ?? new Date()
  const stalled = await db.notification.findMany({
    where: {
      deliveryStatus: 'pending',
      // reminders have their own sweep, which owns their rows
      OR: [{ dedupeKey: null }, { NOT: { dedupeKey: { startsWith: 'reminder:' } } }],
      createdAt: { lt: new Date(now.getTime() - STALLED_AFTER_MS) },
    },
    orderBy: { createdAt: 'asc' },
    take: options.limit ?? 200,
    select: { id: true },
  })
  let delivered = 0
  for (const { id } of stalled) {
    if (options.signal?.aborted) break
    const outcome = await deliverNotification(db, services, id, { retryable: false })
    if (outcome === 'sent' || outcome === 'delivered') delivered++
  }
  return delivered
}
