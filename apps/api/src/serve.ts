import { fileURLToPath } from 'node:url'
import { createServices, listeningLiveEvents, pollingLiveEvents, readApiConfig, startJobWorker } from '@medbook/api'
import type { Database } from '@medbook/db'
import { DEMO_LOGINS } from '@medbook/db/seed'
import type { TServerEnv } from './env.js'
import { startServer } from './server.js'

/**
 * One server process on an open database: the HTTP server, live events and the job worker
 * (pg-boss shares its queues between processes; the minute sweep is a singleton), stopped
 * gracefully on SIGINT or SIGTERM.
 */
export async function serveProcess(db: Database, env: TServerEnv, options: { banner: boolean; started: number }) {
  const config = readApiConfig(process.env, {
    outboxDir: fileURLToPath(new URL('../../../.data/outbox', import.meta.url)),
    privateFilesDir: fileURLToPath(new URL('../../../.data/private', import.meta.url)),
    uploadsDir: fileURLToPath(new URL('../../../.data/uploads', import.meta.url)),
  })
  // live events: every API process on a server LISTENs; the embedded database (one process) is polled
  const live = db.kind === 'server' ? listeningLiveEvents({ connectionString: db.url }) : pollingLiveEvents()
  const services = createServices(config, { pool: db.pool, live })
  const server = await startServer({ db: db.prisma, services, port: env.PORT, host: env.HOST })
  // reminders and hold expiry: a pg-boss sweep every minute, in this database
  const jobs = await startJobWorker({ db: db.prisma, pool: db.pool, services })
  if (options.banner) {
    const base = `http://localhost:${server.url.split(':').at(-1)}`
    console.log(`
MedBook is running (ready in ${((Date.now() - options.started) / 1000).toFixed(1)} s)
  Patient app      ${base}/
  Hospital portal  ${base}/portal/
  API (tRPC)       ${base}/trpc
  Health           ${base}/health
  Email            ${config.smtpUrl ? services.mailer.describe() : `no SMTP_URL: messages are written to ${config.outboxDir}`}

Demo logins (password for all: ${DEMO_LOGINS[0]?.password}):
${DEMO_LOGINS.map((login) => `  ${login.role.padEnd(9)} ${login.email}`).join('\n')}
`)
  }

  let stopping = false
  async function stop(signal: string) {
    if (stopping) return
    stopping = true
    if (options.banner) console.log(`${signal}: shutting down`)
    await server.close()
    await services.live.close()
    await jobs.stop()
    await services.rateLimits.close()
    await db.close()
    process.exit(0)
  }
  process.on('SIGINT', () => void stop('SIGINT'))
  process.on('SIGTERM', () => void stop('SIGTERM'))
}
