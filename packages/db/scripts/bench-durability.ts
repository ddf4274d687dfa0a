// What durable commits cost on the embedded database: booking-like transactions per second and
// commit latency with PGlite's default (fsync off) and with durable commits (fsync at commit),
// and, for scale, on the PostgreSQL server in BENCH_DATABASE_URL (default the local one).
// The modes take turns for --rounds rounds (the machine may be shared); each line is the median round.
//   npm run bench:durability -w @medbook/db -- [--bookings 400] [--rounds 3] [--dir <folder on the disk to test>]
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { cpus } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import pg from 'pg'
import { type EmbeddedDurability, startEmbeddedPostgres } from '../src/embedded.js'

const { values } = parseArgs({
  options: {
    bookings: { type: 'string', default: '400' },
    rounds: { type: 'string', default: '3' },
    dir: { type: 'string', default: fileURLToPath(new URL('../../../.data', import.meta.url)) },
  },
})
const BOOKINGS = Number(values.bookings)
const SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres'

// A booking's writes: lock the doctor's row, take the slot (partial unique index), log it, notify.
const SCHEMA = `
  DROP TABLE IF EXISTS bench_notifications, bench_activity, bench_appointments, bench_doctors;
  CREATE TABLE bench_doctors (id int PRIMARY KEY, booked int NOT NULL DEFAULT 0);
  CREATE TABLE bench_appointments (
    id bigserial PRIMARY KEY, doctor_id int NOT NULL REFERENCES bench_doctors, starts_at timestamptz NOT NULL,
    status text NOT NULL DEFAULT 'scheduled', reason text);
  CREATE UNIQUE INDEX ON bench_appointments (doctor_id, starts_at) WHERE status <> 'cancelled';
  CREATE TABLE bench_activity (id bigserial PRIMARY KEY, action text NOT NULL, details jsonb NOT NULL);
  CREATE TABLE bench_notifications (id bigserial PRIMARY KEY, appointment_id bigint NOT NULL, message text NOT NULL);
  INSERT INTO bench_doctors SELECT g FROM generate_series(1, 50) g;`

async function book(client: pg.PoolClient, n: number) {
  await client.query('BEGIN')
  const doctor = (n % 50) + 1
  await client.query('SELECT booked FROM bench_doctors WHERE id = $1 FOR UPDATE', [doctor])
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO bench_appointments (doctor_id, starts_at, reason)
     VALUES ($1, timestamptz '2027-01-04 01:00Z' + $2 * interval '30 minutes', 'Khám tổng quát') RETURNING id`,
    [doctor, n],
  )
  await client.query('UPDATE bench_doctors SET booked = booked + 1 WHERE id = $1', [doctor])
  await client.query(`INSERT INTO bench_activity (action, details) VALUES ('book_appointment', $1)`, [
    JSON.stringify({ appointmentId: rows[0]?.id }),
  ])
  await client.query('INSERT INTO bench_notifications (appointment_id, message) VALUES ($1, $2)', [
    rows[0]?.id,
    'Lịch hẹn của bạn đã được xác nhận',
  ])
  await client.query('COMMIT')
}

async function measure(url: string) {
  const pool = new pg.Pool({ connectionString: url, max: 1 })
  const client = await pool.connect()
  try {
    await client.query(SCHEMA)
    for (let n = 0; n < 20; n++) await book(client, 1_000_000 + n) // warm up
    const latencies: number[] = []
    const started = performance.now()
    for (let n = 0; n < BOOKINGS; n++) {
      const t = performance.now()
      await book(client, n)
      latencies.push(performance.now() - t)
    }
    const seconds = (performance.now() - started) / 1000
    const settings = await client.query<{ fsync: string; method: string }>(
      "SELECT current_setting('fsync') AS fsync, current_setting('wal_sync_method') AS method",
    )
    await client.query('DROP TABLE bench_notifications, bench_activity, bench_appointments, bench_doctors')
    latencies.sort((a, b) => a - b)
    const at = (q: number) =>
      (latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0).toFixed(2)
    return {
      'bookings/s': Math.round(BOOKINGS / seconds),
      'p50 ms': at(0.5),
      'p95 ms': at(0.95),
      'p99 ms': at(0.99),
      fsync: `${settings.rows[0]?.fsync} (${settings.rows[0]?.method})`,
    }
  } finally {
    client.release()
    await pool.end()
  }
}

async function embedded(durability: EmbeddedDurability) {
  const dir = mkdtempSync(path.join(path.resolve(values.dir), 'bench-durability-'))
  const db = await startEmbeddedPostgres({ dataDir: dir, durability })
  try {
    return await measure(db.url)
  } finally {
    await db.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

async function server() {
  try {
    return await measure(SERVER_URL)
  } catch (error) {
    return { skipped: (error as Error).message }
  }
}

type Result = Awaited<ReturnType<typeof measure>> | { skipped: string }
const MODES: Record<string, () => Promise<Result>> = {
  'PGlite, relaxed (fsync off)': () => embedded('relaxed'),
  'PGlite, durable (fsync at commit)': () => embedded('durable'),
  'PostgreSQL server (synchronous_commit on)': server,
}
const rounds = Number(values.rounds)
mkdirSync(values.dir, { recursive: true })
console.log(
  `${BOOKINGS} booking transactions (5 statements each) one after another, median of ${rounds} rounds; ${cpus().length} CPUs`,
)
const runs = new Map<string, Result[]>()
for (let round = 0; round < rounds; round++)
  for (const [mode, run] of Object.entries(MODES)) runs.set(mode, [...(runs.get(mode) ?? []), await run()])
const rate = (result: Result) => ('bookings/s' in result ? result['bookings/s'] : 0)
const median = (results: Result[]) => [...results].sort((a, b) => rate(a) - rate(b))[Math.floor(results.length / 2)]
console.table(Object.fromEntries([...runs].map(([mode, results]) => [mode, median(results)])))
