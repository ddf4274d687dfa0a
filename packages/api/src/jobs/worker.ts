import type { PrismaClient } from '@medbook/db'
import type pg from 'pg'
import PgBoss from 'pg-boss'
import type { Services } from '../services.js'
import { releaseExpiredHolds } from './holds.js'
import { sendDueReminders } from './reminders.js'

const SWEEP = 'medbook-sweep'

export interface JobWorker {
  /** queue one sweep now (the schedule runs one every minute) */
  runNow(): Promise<void>
  stop(): Promise<void>
}

/**
 * Durable jobs on PostgreSQL with pg-boss: every minute one sweep, on one server only,
 * releases expired holds and sends due reminders. The sweep's work lives in the database
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
  await boss.start()
  await boss.createQueue(SWEEP, { name: SWEEP, policy: 'singleton', retryLimit: 3, expireInSeconds: 300 })
  await boss.schedule(SWEEP, '* * * * *')
  const shutdown = new AbortController()
  await boss.work(SWEEP, async () => {
    const sweep = { signal: shutdown.signal }
    await releaseExpiredHolds(options.db, options.services, sweep)
    await sendDueReminders(options.db, options.services, sweep)
  })
  return {
    async runNow() {
      await boss.send(SWEEP, {})
    },
    async stop() {
      shutdown.abort()
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 })
    },
  }
}
