import type { PrismaClient } from '@medbook/db'
import type pg from 'pg'
import PgBoss from 'pg-boss'
import { deliverNotification } from '../appointments/notify.js'
import type { Services } from '../services.js'
import { deliverStalledNotifications } from './deliveries.js'
import { sendFollowUpReminders } from './follow-ups.js'
import { releaseExpiredHolds } from './holds.js'
import { purgeOldLiveEvents } from './live-events.js'
import { sweepUnsentMessageFiles } from './message-files.js'
import { purgeExpiredNotifications } from './notification-purge.js'
import { reconcilePendingPayments, retryPendingRefunds } from './payments.js'
import type { DeliverNotificationJob } from './queue.js'
import { sendDueReminders } from './reminders.js'
import { rollSlotDays } from './slot-days.js'
import { offerOpenSlotsToWaitlist } from './waitlist-offers.js'

const SWEEP = 'medbook-sweep'
/** one job per notification email (booking confirmations and other appointment changes) */
const DELIVER = 'medbook-deliver-notification'

export interface JobWorker {
  /** queue one sweep now (the schedule runs one every minute) */
  runNow(): Promise<void>
  stop(): Promise<void>
}

/**
 * Durable jobs on PostgreSQL with pg-boss: every minute one sweep, on one server only,
 * releases expired holds, sends due visit and follow-up reminders and any notification email whose job was lost,
 * asks the gateways about payments whose IPN never came, retries refunds left unanswered,
 * deletes message attachments never sent, purges expired notifications
 * and rolls the precomputed slot days (doctor_slot_days) forward;
 * and one job per notification email, queued by the request that wrote the notification
 * (services.jobs), so a booking answers without waiting for SMTP. The sweep's work lives in the database
 * (appointments, notifications with unique keys), so a worker stopped mid-batch loses
 * nothing and a restarted one sends nothing twice. pg-boss's SQL goes through our pool, so
 * the embedded database keeps its single connection.
 */
export async function startJobWorker(options: {
  db: PrismaClient
  pool: pg.Pool
  services: Services
}): Promise<JobWorker> {
  const boss = new PgBoss({
    db: { executeSql: (text: string, values: unknown[]) => options.pool.query(text, values) },
    schema: 'pgboss',
    supervise: true,
    schedule: true,
  })
  boss.on('error', (error) => console.error('job queue error:', error))
  await retryingRaces(() => boss.start())
  await retryingRaces(() =>
    boss.createQueue(SWEEP, { name: SWEEP, policy: 'singleton', retryLimit: 3, expireInSeconds: 300 }),
  )
  await retryingRaces(() => boss.schedule(SWEEP, '* * * * *'))
  await retryingRaces(() =>
    boss.createQueue(DELIVER, {
      name: DELIVER,
      retryLimit: 5,
      retryDelay: 30,
      retryBackoff: true,
      expireInSeconds: 120,
    }),
  )
  const shutdown = new AbortController()
  await boss.work(SWEEP, async () => {
    const sweep = { signal: shutdown.signal }
    await releaseExpiredHolds(options.db, options.services, sweep)
    await offerOpenSlotsToWaitlist(options.db, options.services, sweep)
    await sendDueReminders(options.db, options.services, sweep)
    await sendFollowUpReminders(options.db, options.services, sweep)
    await deliverStalledNotifications(options.db, options.services, sweep)
    await reconcilePendingPayments(options.db, options.services, sweep)
    await retryPendingRefunds(options.db, options.services, sweep)
    await sweepUnsentMessageFiles(options.db, options.services, sweep)
    await purgeExpiredNotifications(options.db, sweep)
    await purgeOldLiveEvents(options.db, sweep)
    await rollSlotDays(options.db, sweep)
  })
  const deliverer = await boss.work<DeliverNotificationJob>(
    DELIVER,
    { includeMetadata: true, pollingIntervalSeconds: 1 },
    async ([job]) => {
      if (!job) return
      // until the last attempt a failed send throws and pg-boss retries it with backoff; the last records "failed"
      const retryable = job.retryCount < job.retryLimit
      await deliverNotification(options.db, options.services, job.data.notificationId, { retryable })
    },
  )
  options.services.jobs.attach(async (job) => {
    await boss.send(DELIVER, job)
    // this process's worker need not wait for its next poll
    boss.notifyWorker(deliverer)
  })
  return {
    async runNow() {
      await boss.send(SWEEP, {})
    },
    async stop() {
      options.services.jobs.detach()
      shutdown.abort()
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 })
    },
  }
}

/**
 * Several API processes starting on a fresh database all install pg-boss's schema and create
 * its queues; the losers fail (a unique violation, a duplicate schema, a deadlock between two
 * installs). What they wanted exists by then, or the retry makes it alone, so they try again.
 */
const RACE_CODES = new Set(['23505', '42P06', '42710', '40P01'])
async function retryingRaces(step: () => Promise<unknown>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await step()
      return
    } catch (error) {
      const code = (error as { code?: string }).code
      if (attempt >= 5 || !RACE_CODES.has(code ?? '')) throw error
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt))
    }
  }
}
