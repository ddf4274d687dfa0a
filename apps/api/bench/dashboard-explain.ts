// npm run bench:dashboards -w @medbook/server — the dashboards' queries at benchmark scale.
// Seeds the benchmark scale (10,000 doctors, 1,000,000 appointments) once into its own database
// on a PostgreSQL server (BENCH_DASHBOARD_DATABASE, default medbook_bench_dash, next to the admin
// connection BENCH_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/postgres) and keeps
// it for the next run (--reseed starts again, --drop removes it afterwards). Then, for the
// busiest hospital over 30 and 365 days, for the admin dashboard and for the busiest doctor's
// patient list, runs EXPLAIN (ANALYZE, BUFFERS) on every statement the API issues (the same SQL:
// packages/api/src/dashboards/queries.ts, doctor-self/patients-sql.ts) and times the whole
// procedures through their services. Prints each plan's shape and times; asserts nothing.
import os from 'node:os'
import { applyMigrations, connectPrisma, type Prisma } from '@medbook/db'
import { seedDemoData } from '@medbook/db/seed'
import pg from 'pg'
import { instantToLocal, shiftDate } from '../../../packages/api/src/availability/local-time.js'
import { adminQueries, hospitalQueries } from '../../../packages/api/src/dashboards/queries.js'
import {
  adminDashboard,
  adminDashboardParams,
  hospitalDashboard,
  hospitalRangeInstants,
} from '../../../packages/api/src/dashboards/service.js'
import { listDoctorPatients } from '../../../packages/api/src/doctor-self/patients-service.js'
import { doctorPatientsQuery } from '../../../packages/api/src/doctor-self/patients-sql.js'
import { formatMs, percentiles, timed } from './stats.js'

const admin = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres'
const name = process.env.BENCH_DASHBOARD_DATABASE ?? 'medbook_bench_dash'
const reseed = process.argv.includes('--reseed')
const drop = process.argv.includes('--drop')
const verbose = process.argv.includes('--plans')
const url = new URL(admin)
url.pathname = `/${name}`
const RUNS = 5

async function onAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: admin })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** Creates and seeds the database unless a complete seed is already there. */
async function ensureSeeded() {
  await onAdmin(async (client) => {
    if (reseed) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`)
  })
  const db = connectPrisma(url.toString(), { maxConnections: 8 })
  await applyMigrations(db.pool)
  const { rows } = await db.pool.query<{ n: string }>('SELECT count(*) AS n FROM appointments')
  if (Number(rows[0]?.n ?? 0) === 0) {
    const [, ms] = await timed(() => seedDemoData(db, { scale: 'benchmark', log: () => {} }))
    console.log(`seeded in ${(ms / 1000).toFixed(1)} s`)
    // a production table has been vacuumed by autovacuum long since: visibility map set, statistics fresh
    await db.pool.query('VACUUM ANALYZE')
  } else {
    await db.pool.query('ANALYZE')
  }
  return db
}

interface PlanNode {
  'Node Type': string
  'Relation Name'?: string
  'Index Name'?: string
  'Actual Rows': number
  'Actual Loops': number
  'Actual Total Time': number
  'Shared Hit Blocks'?: number
  'Shared Read Blocks'?: number
  Plans?: PlanNode[]
}

/** "Hash Join > Index Scan appointments_hospitalId_startsAt_idx", depth first, one line per node. */
function shape(node: PlanNode, depth = 0, lines: string[] = []): string[] {
  const target = node['Index Name'] ?? node['Relation Name']
  // as EXPLAIN prints them: rows per loop (for a parallel node, per process)
  const loops = node['Actual Loops'] > 1 ? ` loops=${node['Actual Loops']}` : ''
  lines.push(
    `${'  '.repeat(depth)}${node['Node Type']}${target ? ` ${target}` : ''}  rows=${node['Actual Rows']}${loops}`,
  )
  for (const child of node.Plans ?? []) shape(child, depth + 1, lines)
  return lines
}

/** The scans at the leaves, for the one-line summary. */
function scans(node: PlanNode, found: string[] = []): string[] {
  if (/Scan/.test(node['Node Type']) && (node['Index Name'] ?? node['Relation Name'])) {
    found.push(`${node['Node Type'].replace(' Scan', '')}(${node['Index Name'] ?? node['Relation Name']})`)
  }
  for (const child of node.Plans ?? []) scans(child, found)
  return found
}

async function explain(pool: pg.Pool, label: string, sql: Prisma.Sql) {
  const times: number[] = []
  let plan: { Plan: PlanNode; 'Execution Time': number; 'Planning Time': number } | undefined
  for (let run = 0; run < RUNS; run++) {
    const result = await pool.query<{ 'QUERY PLAN': [typeof plan] }>(
      `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql.text}`,
      sql.values as unknown[],
    )
    plan = result.rows[0]?.['QUERY PLAN'][0]
    if (plan) times.push(plan['Execution Time'])
  }
  if (!plan) throw new Error(`no plan for ${label}`)
  const stats = percentiles(times)
  const root = plan.Plan
  const buffers = `hit ${root['Shared Hit Blocks'] ?? 0} read ${root['Shared Read Blocks'] ?? 0}`
  console.log(
    `  ${label.padEnd(24)} first ${formatMs(times[0] ?? 0).padStart(9)}  p50 ${formatMs(stats.p50).padStart(9)}  planning ${formatMs(plan['Planning Time'])}  rows ${root['Actual Rows']}  buffers ${buffers}`,
  )
  console.log(`  ${''.padEnd(24)} ${scans(root).join(', ')}`)
  if (verbose) for (const line of shape(root)) console.log(`      ${line}`)
  return stats.p50
}

async function timeProcedure(label: string, run: () => Promise<unknown>) {
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) times.push((await timed(run))[1])
  const stats = percentiles(times)
  console.log(`  ${`${label} (whole)`.padEnd(24)} p50 ${formatMs(stats.p50)}  max ${formatMs(Math.max(...times))}`)
}

const db = await ensureSeeded()
try {
  console.log(
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  )
  const version = await db.pool.query<{ server_version: string }>('SHOW server_version')
  const counts = await db.pool.query<{ appointments: string; payments: string; users: string }>(
    `SELECT (SELECT count(*) FROM appointments) AS appointments, (SELECT count(*) FROM payments) AS payments,
            (SELECT count(*) FROM users) AS users`,
  )
  console.log(
    `PostgreSQL ${version.rows[0]?.server_version}; ${counts.rows[0]?.appointments} appointments, ${counts.rows[0]?.payments} payments, ${counts.rows[0]?.users} users`,
  )

  const busiest = await db.pool.query<{ id: string; name: string; timeZone: string; appointments: string }>(
    `SELECT h.id, h.name, h."timeZone", a.n AS appointments
       FROM (SELECT "hospitalId", count(*) AS n FROM appointments GROUP BY 1 ORDER BY 2 DESC LIMIT 1) a
       JOIN hospitals h ON h.id = a."hospitalId"`,
  )
  const hospital = busiest.rows[0]
  if (!hospital) throw new Error('no hospital with appointments')
  console.log(`busiest hospital: ${hospital.name} (${hospital.appointments} appointments in all)`)

  const to = instantToLocal(new Date(), hospital.timeZone).date
  for (const days of [30, 365]) {
    const range = { from: shiftDate(to, -(days - 1)), to }
    console.log(`\nhospital dashboard, ${days} days (${range.from} … ${range.to})`)
    const sql = hospitalQueries({
      hospitalId: hospital.id,
      timeZone: hospital.timeZone,
      ...hospitalRangeInstants(range, hospital.timeZone),
    })
    for (const [label, statement] of Object.entries(sql)) await explain(db.pool, label, statement)
    await timeProcedure('dashboards.hospital', () => hospitalDashboard(db.prisma, hospital.id, range))
  }

  for (const weeks of [12, 52]) {
    console.log(`\nadmin dashboard, ${weeks} weeks of growth`)
    const sql = adminQueries(adminDashboardParams(weeks).params)
    for (const [label, statement] of Object.entries(sql)) await explain(db.pool, label, statement)
    await timeProcedure('dashboards.admin', () => adminDashboard(db.prisma, { weeks }))
  }

  const doctor = await db.pool.query<{ doctorId: string; n: string }>(
    `SELECT "doctorId", count(*) AS n FROM appointments GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
  )
  const doctorId = doctor.rows[0]?.doctorId
  if (!doctorId) throw new Error('no doctor with appointments')
  console.log(`\ndoctor's patients, busiest doctor (${doctor.rows[0]?.n} appointments)`)
  const today = instantToLocal(new Date(), hospital.timeZone).date
  for (const sort of ['lastVisit', 'name'] as const) {
    const query = doctorPatientsQuery({ doctorId, today, sort, direction: 'desc', offset: 0, limit: 20 })
    await explain(db.pool, `patients by ${sort}`, query)
  }
  await explain(
    db.pool,
    'patients, name search',
    doctorPatientsQuery({ doctorId, today, query: 'nguyen', sort: 'name', direction: 'asc', offset: 0, limit: 20 }),
  )
  await timeProcedure('doctorSelf.patients', () =>
    listDoctorPatients(db.prisma, doctorId, { sort: 'lastVisit', direction: 'desc', limit: 20 }),
  )
} finally {
  await db.close()
  if (drop) await onAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))
}
