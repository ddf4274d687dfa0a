// npm run bench — the booking benchmark of docs/performance.md.
// Seeds the benchmark scale (10,000 doctors, 1,000,000 appointments) into a fresh database
// on a PostgreSQL server (BENCH_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/
// postgres as the admin connection), then prints: slot-search and doctor-calendar latency, booking throughput
// over HTTP at 16 and 64 clients, the same booking transaction issued directly with pg,
// their ratio, a check that no slot was booked twice, then authenticated reads per second and
// session validation latency on the demo data (bench/reads.ts). Nothing here asserts a time.
// The API runs as in production: src/main.ts in its own processes (BENCH_WORKERS, default one
// per CPU), with its job workers, so the load generator does not share their event loop.
import os from 'node:os'
import { applyMigrations, connectPrisma } from '@medbook/db'
import { seedDemoData } from '@medbook/db/seed'
import pg from 'pg'
import superjson from 'superjson'
import { createSession } from '../../../packages/api/src/auth/sessions.js'
import { readSettings } from '../../../packages/api/src/settings/service.js'
import { startChild, stopChild } from '../test/support/child-server.js'
import { bookDirectly, collectFreeSlots, type FreeSlot } from './booking-workload.js'
import { measureCalendar } from './calendar.js'
import { cpuByProcess } from './cpu.js'
import { benchReads } from './reads.js'
import { formatMs, percentiles, timed } from './stats.js'

const admin = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres'
const name = `medbook_bench_${Date.now().toString(36)}`
const url = new URL(admin)
url.pathname = `/${name}`

const setup = new pg.Client({ connectionString: admin })
await setup.connect()
await setup.query(`CREATE DATABASE "${name}"`)
await setup.end()

const db = connectPrisma(url.toString(), { maxConnections: 32 })
try {
  await applyMigrations(db.pool)
  const [, seedMs] = await timed(() => seedDemoData(db, { scale: 'benchmark', log: () => {} }))
  await db.pool.query('ANALYZE')
  console.log(
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  )
  const counts = await db.pool.query<{ doctors: string; appointments: string }>(
    'SELECT (SELECT count(*) FROM doctors) AS doctors, (SELECT count(*) FROM appointments) AS appointments',
  )
  console.log(
    `seeded ${counts.rows[0]?.doctors} doctors, ${counts.rows[0]?.appointments} appointments in ${(seedMs / 1000).toFixed(1)} s`,
  )

  const workers = process.env.BENCH_WORKERS ?? String(os.availableParallelism())
  const server = await startChild({ DATABASE_URL: url.toString(), MEDBOOK_WORKERS: workers })
  console.log(`API: src/main.ts, ${workers} server processes`)
  const refusals = new Map<string, number>()
  const call = async (path: string, input: unknown, token?: string, method: 'GET' | 'POST' = 'GET') => {
    const body = JSON.stringify(superjson.serialize(input))
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {}
    const response =
      method === 'GET'
        ? await fetch(`${server.url}/trpc/${path}?input=${encodeURIComponent(body)}`, { headers })
        : await fetch(`${server.url}/trpc/${path}`, {
            method,
            headers: { ...headers, 'content-type': 'application/json' },
            body,
          })
    const text = await response.text()
    if (response.status !== 200) {
      const message = (JSON.parse(text) as { error?: { json?: { message?: string } } }).error?.json?.message ?? text
      const key = `${response.status} ${message.slice(0, 80)}`
      refusals.set(key, (refusals.get(key) ?? 0) + 1)
    }
    return response.status
  }

  // 1. slot search: specialty + city, next 14 days, sorted by each doctor's earliest free slot
  const combos = await db.pool.query<{ specialtyId: string; city: string }>(`
    SELECT ds."specialtyId", h.city FROM doctor_specialties ds
      JOIN doctors d ON d.id = ds."doctorId" JOIN hospitals h ON h.id = d."hospitalId"
     GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 40`)
  const searchTimes: number[] = []
  for (let round = 0; round < 5; round++) {
    for (const combo of combos.rows) {
      const [status, ms] = await timed(() =>
        call('doctors.search', { specialtyId: combo.specialtyId, city: combo.city, sort: 'earliest', limit: 20 }),
      )
      if (status !== 200) throw new Error(`search answered ${status}`)
      searchTimes.push(ms)
    }
  }
  const search = percentiles(searchTimes)
  console.log(
    `slot search (specialty + city, earliest slot, 14 days)  n=${search.n}  p50 ${formatMs(search.p50)}  p95 ${formatMs(search.p95)}  p99 ${formatMs(search.p99)}`,
  )

  const calendar = await measureCalendar(db.pool, call)
  console.log(
    `doctor calendar (availability.slots, 31 days)  n=${calendar.n}  p50 ${formatMs(calendar.p50)}  p95 ${formatMs(calendar.p95)}  p99 ${formatMs(calendar.p99)}`,
  )

  // 2. booking throughput: distinct free slots, one patient session per client
  // active accounts only: a refused client would fail fast and drain the shared work queue
  const patients = await db.pool.query<{ id: string; userId: string }>(
    `SELECT p.id, p."userId" FROM patients p JOIN users u ON u.id = p."userId"
      WHERE u.status = 'active' ORDER BY p.id LIMIT 64`,
  )
  const tokens = await Promise.all(
    patients.rows.map(
      async (row) => (await createSession(db.prisma, row.userId, { ipAddress: null, userAgent: null })).token,
    ),
  )
  const perRun = 640
  const holidays = new Set((await readSettings(db.prisma))['calendar.publicHolidays'])
  const slots = (await collectFreeSlots(db.pool, perRun * 5)).filter((slot) => !holidays.has(slot.date))
  let cursor = 0
  const take = (n: number): FreeSlot[] => {
    const batch = slots.slice(cursor, cursor + n)
    cursor += n
    return batch
  }

  const throughput = async (clients: number, run: (slot: FreeSlot, client: number) => Promise<boolean>) => {
    const work = take(perRun)
    let next = 0
    let booked = 0
    const cpuBefore = cpuByProcess()
    const started = performance.now()
    await Promise.all(
      Array.from({ length: clients }, async (_, client) => {
        for (let slot = work[next++]; slot; slot = work[next++]) if (await run(slot, client)) booked++
      }),
    )
    const seconds = (performance.now() - started) / 1000
    const cpuAfter = cpuByProcess()
    return {
      booked,
      perSecond: booked / seconds,
      // CPU per booking during the run: the API processes (their job workers' emails included) and PostgreSQL
      apiMs: (cpuAfter.apiMs - cpuBefore.apiMs) / Math.max(booked, 1),
      postgresMs: (cpuAfter.postgresMs - cpuBefore.postgresMs) / Math.max(booked, 1),
    }
  }

  const overHttp = (slot: FreeSlot, client: number) =>
    call(
      'appointments.book',
      { doctorId: slot.doctorId, startsAt: slot.startsAt, type: slot.type },
      tokens[client % tokens.length],
      'POST',
    ).then((status) => status === 200)
  const direct = (slot: FreeSlot, client: number) =>
    bookDirectly(db.pool, slot, patients.rows[client % patients.rows.length]?.id ?? '')

  for (const clients of [16, 64]) {
    const http = await throughput(clients, overHttp)
    const sql = await throughput(clients, direct)
    console.log(
      `booking, ${clients} clients: HTTP ${http.perSecond.toFixed(0)}/s (${http.booked} booked), direct pg ${sql.perSecond.toFixed(0)}/s (${sql.booked} booked), HTTP/direct ${(http.perSecond / sql.perSecond).toFixed(2)}`,
    )
    console.log(
      `  CPU per booking: HTTP — API ${http.apiMs.toFixed(1)} ms + PostgreSQL ${http.postgresMs.toFixed(1)} ms; direct — PostgreSQL ${sql.postgresMs.toFixed(1)} ms (${os.cpus().length} cores: ${((os.cpus().length * 1000) / (http.apiMs + http.postgresMs)).toFixed(0)} bookings/s at most over HTTP)`,
    )
  }

  for (const [reason, count] of refusals) console.log(`  refused ${count}×: ${reason}`)
  const doubles = await db.pool.query(`
    SELECT "doctorId", "startsAt" FROM appointments WHERE status NOT IN ('cancelled', 'rescheduled')
     GROUP BY 1, 2 HAVING count(*) > 1`)
  console.log(`slots booked twice: ${doubles.rowCount}`)
  await stopChild(server.child)
} finally {
  await db.close()
  const cleanup = new pg.Client({ connectionString: admin })
  await cleanup.connect()
  await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  await cleanup.end()
}

// 3. authenticated reads (autocannon, session cookies) and session validation, on the demo data
await benchReads({
  adminUrl: admin,
  processes: Number(process.env.BENCH_WORKERS ?? os.availableParallelism()),
  seconds: 10,
  connections: 32,
  validations: 2000,
})
