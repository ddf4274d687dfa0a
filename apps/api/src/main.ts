import { fileURLToPath } from 'node:url'
import { createServices, readApiConfig, startJobWorker } from '@medbook/api'
import { openDatabase } from '@medbook/db'
import { DEMO_LOGINS, isSeeded, seedDemoData } from '@medbook/db/seed'
import { readServerEnv } from './env.js'
import { startServer } from './server.js'

const env = readServerEnv()
const started = Date.now()
const db = await openDatabase()
console.log(`database: ${db.kind === 'embedded' ? 'embedded PostgreSQL (PGlite)' : 'PostgreSQL server'}, migrated`)

if (env.MEDBOOK_SEED === 'true' && !(await isSeeded(db.prisma))) {
  console.log('first run: seeding demo data (deterministic)…')
  const summary = await seedDemoData(db, { scale: 'default' })
  console.log(
    `seeded ${Object.entries(summary)
      .map(([table, count]) => `${count} ${table}`)
      .join(', ')}`,
  )
}

const config = readApiConfig(process.env, {
  outboxDir: fileURLToPath(new URL('../../../.data/outbox', import.meta.url)),
  privateFilesDir: fileURLToPath(new URL('../../../.data/private', import.meta.url)),
  uploadsDir: fileURLToPath(new URL('../../../.data/uploads', import.meta.url)),
})
const services = createServices(config, { pool: db.pool })
const server = await startServer({ db: db.prisma, services, port: env.PORT, host: env.HOST })
// reminders and hold expiry: a pg-boss sweep every minute, in this database
const jobs = await startJobWorker({ db: db.prisma, pool: db.pool, services })
const base = `http://localhost:${server.url.split(':').at(-1)}`
console.log(`
MedBook is running (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)
  Patient app      ${base}/
  Hospital portal  ${base}/portal/
  API (tRPC)       ${base}/trpc
  Health           ${base}/health
  Email            ${config.smtpUrl ? services.mailer.describe() : `no SMTP_URL: messages are written to ${config.outboxDir}`}

Demo logins (password for all: ${DEMO_LOGINS[0]?.password}):
${DEMO_LOGINS.map((login) => `  ${login.role.padEnd(9)} ${login.email}`).join('\n')}
`)

let stopping = false
async function stop(signal: string) {
  if (stopping) return
  stopping = true
  console.log(`${signal}: shutting down`)
  await server.close()
  await jobs.stop()
  await services.rateLimits.close()
  await db.close()
  process.exit(0)
}
process.on('SIGINT', () => void stop('SIGINT'))
process.on('SIGTERM', () => void stop('SIGTERM'))
