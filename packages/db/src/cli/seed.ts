// npm run db:seed -- [--scale default|benchmark] [--seed N] [--reset]
// Seeds deterministic demo data into DATABASE_URL, or into the embedded database when unset.
import { parseArgs } from 'node:util'
import type pg from 'pg'
import { openDatabase } from '../database.js'
import { DEFAULT_RANDOM_SEED, isSeeded, type SeedScale, seedDemoData } from '../seed/index.js'

const USAGE = 'usage: npm run db:seed -- [--scale default|benchmark] [--seed N] [--reset]'

function readArguments(): { scale: SeedScale; randomSeed: number; reset: boolean } {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: 'default' },
      seed: { type: 'string', default: String(DEFAULT_RANDOM_SEED) },
      reset: { type: 'boolean', default: false },
    },
  })
  if (values.scale !== 'default' && values.scale !== 'benchmark')
    throw new Error(`--scale must be default or benchmark\n${USAGE}`)
  const randomSeed = Number(values.seed)
  if (!Number.isSafeInteger(randomSeed)) throw new Error(`--seed must be an integer\n${USAGE}`)
  return { scale: values.scale, randomSeed, reset: values.reset }
}

/** Empties every table but the migration history, in one statement so foreign keys do not object. */
async function truncateAll(pool: pg.Pool): Promise<void> {
  const { rows } = await pool.query<{ name: string }>(
    `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables
     WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`,
  )
  if (rows.length > 0) await pool.query(`TRUNCATE ${rows.map((row) => row.name).join(', ')} CASCADE`)
}

async function main(): Promise<number> {
  const { scale, randomSeed, reset } = readArguments()
  const started = Date.now()
  const db = await openDatabase()
  try {
    const where = db.kind === 'embedded' ? 'embedded PostgreSQL (PGlite)' : 'PostgreSQL server'
    if (reset) {
      await truncateAll(db.pool)
      console.log(`emptied the ${where}`)
    } else if (await isSeeded(db.prisma)) {
      console.error(
        `The ${where} already holds data. Run with --reset to empty it first:\n  npm run db:seed -- --reset`,
      )
      return 1
    }
    const seedingStarted = Date.now()
    const counts = await seedDemoData(db, { scale, randomSeed, log: (line) => console.log(line) })
    const width = Math.max(...Object.keys(counts).map((table) => table.length))
    console.log('\nrows per table:')
    for (const [table, count] of Object.entries(counts))
      console.log(`  ${table.padEnd(width)}  ${String(count).padStart(9)}`)
    const total = Object.values(counts).reduce((sum, count) => sum + count, 0)
    console.log(`  ${'total'.padEnd(width)}  ${String(total).padStart(9)}`)
    const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1)
    console.log(
      `\nseeded ${scale} scale (seed ${randomSeed}) into the ${where} in ${seconds(seedingStarted)} s (${seconds(started)} s with start-up)`,
    )
    return 0
  } finally {
    await db.close()
  }
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  return 1
})
