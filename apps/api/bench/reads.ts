// npm run bench:reads -w @medbook/server [-- --processes 2 --seconds 10]
// Authenticated reads over HTTP: a fresh database on a PostgreSQL server (BENCH_DATABASE_URL,
// default the local server) with the demo data, API processes started as `node --import tsx
// src/main.ts`, patients signed in with session cookies, and autocannon at 32 connections
// (split evenly over the processes): the 1:1 mix of appointments.mine and doctors.get, each
// procedure alone, /health; then session validation latency (auth.me over HTTP, one request at a
// time). Prints figures; asserts nothing.
import type { ChildProcess } from 'node:child_process'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { applyMigrations, connectPrisma } from '@medbook/db'
import { seedDemoData } from '@medbook/db/seed'
import autocannon from 'autocannon'
import pg from 'pg'
import superjson from 'superjson'
import { createSession } from '../../../packages/api/src/auth/sessions.js'
import { startChild, stopChild } from '../test/support/child-server.js'
import { formatMs, percentiles, timed } from './stats.js'

export interface ReadsOptions {
  /** admin connection to the PostgreSQL server; a database is created next to it */
  adminUrl: string
  processes: number
  seconds: number
  connections: number
  /** session validations timed one after another */
  validations: number
}

interface Scenario {
  name: string
  /** the path of the nth request a connection sends */
  path: (n: number) => string
}

const trpcGet = (procedure: string, input: unknown) =>
  `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`

async function createDatabase(adminUrl: string): Promise<string> {
  const name = `medbook_bench_reads_${Date.now().toString(36)}`
  const setup = new pg.Client({ connectionString: adminUrl })
  await setup.connect()
  await setup.query(`CREATE DATABASE "${name}"`)
  await setup.end()
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return url.toString()
}

async function dropDatabase(adminUrl: string, databaseUrl: string) {
  const setup = new pg.Client({ connectionString: adminUrl })
  await setup.connect()
  await setup.query(`DROP DATABASE IF EXISTS "${new URL(databaseUrl).pathname.slice(1)}" WITH (FORCE)`)
  await setup.end()
}

/** Each of `urls` gets an equal share of the connections; the figures are summed. */
async function load(urls: string[], scenario: Scenario, cookies: string[], options: ReadsOptions) {
  let next = 0
  const results = await Promise.all(
    urls.map((url) =>
      autocannon({
        url,
        connections: Math.max(1, Math.round(options.connections / urls.length)),
        duration: options.seconds,
        requests: [
          {
            setupRequest: (request, context: { sent?: number }) => {
              context.sent = (context.sent ?? 0) + 1
              return { ...request, path: scenario.path(context.sent) }
            },
          },
        ],
        setupClient: (client) => {
          client.setHeaders({ cookie: `medbook_session=${cookies[next++ % cookies.length]}` })
        },
      }),
    ),
  )
  const total = results.reduce((sum, r) => sum + r.requests.total, 0)
  const non2xx = results.reduce((sum, r) => sum + r.non2xx + r.errors, 0)
  const perProcess = results.map((r) => Math.round(r.requests.total / options.seconds))
  const first = results[0]
  console.log(
    `${scenario.name.padEnd(40)} ${String(Math.round(total / options.seconds)).padStart(6)} req/s` +
      `  p50 ${first?.latency.p50} ms  p99 ${first?.latency.p99} ms  non-2xx ${non2xx}` +
      (urls.length > 1 ? `  per process ${perProcess.join(' + ')}` : ''),
  )
}

export async function benchReads(options: ReadsOptions): Promise<void> {
  const databaseUrl = await createDatabase(options.adminUrl)
  const db = connectPrisma(databaseUrl, { maxConnections: 4 })
  const children: ChildProcess[] = []
  try {
    await applyMigrations(db.pool)
    await seedDemoData(db, { scale: 'default', log: () => {} })
    await db.pool.query('ANALYZE')
    const patients = await db.pool.query<{ userId: string }>(`
      SELECT p."userId" FROM patients p JOIN appointments a ON a."patientId" = p.id
       GROUP BY p."userId" ORDER BY count(*) DESC LIMIT 64`)
    const cookies = await Promise.all(
      patients.rows.map(async ({ userId }) => {
        const { token } = await createSession(db.prisma, userId, { ipAddress: null, userAgent: 'bench' })
        return token
      }),
    )
    const doctors = await db.pool.query<{ id: string }>(`
      SELECT d.id FROM doctors d JOIN users u ON u.id = d."userId" JOIN hospitals h ON h.id = d."hospitalId"
       WHERE d.status = 'approved' AND u.status = 'active' AND u.role = 'doctor' AND h.status = 'active' AND h.verified
       ORDER BY d.id LIMIT 200`)
    const doctorIds = doctors.rows.map((row) => row.id)

    const env = {
      DATABASE_URL: databaseUrl,
      MAIL_OUTBOX_DIR: fileURLToPath(new URL('../../../.data/bench-outbox', import.meta.url)),
    }
    const started = await Promise.all(Array.from({ length: options.processes }, () => startChild(env)))
    children.push(...started.map((s) => s.child))
    const urls = started.map((s) => s.url)

    const mine = trpcGet('appointments.mine', { when: 'upcoming' })
    const doctor = (n: number) => trpcGet('doctors.get', { id: doctorIds[n % doctorIds.length] })
    console.log(
      `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load average ${os.loadavg()[0]?.toFixed(1)}, Node ${process.version}`,
    )
    console.log(
      `${options.processes} API process(es), ${options.connections} connections, ${options.seconds} s each, ${cookies.length} patients, ${doctorIds.length} doctors`,
    )
    const scenarios: Scenario[] = [
      { name: 'mix appointments.mine + doctors.get', path: (n) => (n % 2 ? mine : doctor(n)) },
      { name: 'appointments.mine', path: () => mine },
      { name: 'doctors.get', path: doctor },
      { name: 'specialties.list', path: () => trpcGet('specialties.list', undefined) },
      { name: 'auth.me', path: () => trpcGet('auth.me', undefined) },
      { name: '/health', path: () => '/health' },
    ]
    // a short warm-up: the first requests compile Prisma's queries and fill caches
    await load(urls, { name: 'warm-up (mix)', path: scenarios[0]?.path ?? (() => '/health') }, cookies, {
      ...options,
      seconds: 2,
    })
    for (const scenario of scenarios) await load(urls, scenario, cookies, options)

    const validations: number[] = []
    const headers = { cookie: `medbook_session=${cookies[0]}` }
    for (let i = 0; i < options.validations; i++) {
      const [response, ms] = await timed(() => fetch(`${urls[0]}${trpcGet('auth.me', undefined)}`, { headers }))
      await response.arrayBuffer()
      validations.push(ms)
    }
    const p = percentiles(validations)
    console.log(
      `session validation (auth.me over HTTP, sequential) n=${p.n}  p50 ${formatMs(p.p50)}  p95 ${formatMs(p.p95)}  p99 ${formatMs(p.p99)}`,
    )
  } finally {
    await Promise.all(children.map(stopChild))
    await db.close()
    await dropDatabase(options.adminUrl, databaseUrl)
  }
}

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`)
  return index >= 0 ? Number(process.argv[index + 1]) : fallback
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await benchReads({
    adminUrl: process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
    processes: argument('processes', 1),
    seconds: argument('seconds', 10),
    connections: argument('connections', 32),
    validations: argument('validations', 2000),
  })
}
