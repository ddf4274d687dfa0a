import cluster from 'node:cluster'
import os from 'node:os'
import { openDatabase } from '@medbook/db'
import { isSeeded, seedDemoData } from '@medbook/db/seed'
import { superviseServerProcesses } from './cluster.js'
import { readServerEnv } from './env.js'
import { serveProcess } from './serve.js'

const env = readServerEnv()
const started = Date.now()

if (cluster.isWorker) {
  // the primary has migrated and seeded
  const db = await openDatabase({ migrate: false })
  await serveProcess(db, env, { banner: env.MEDBOOK_PRINT_BANNER === 'true', started })
} else {
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
  const workers = db.kind === 'embedded' ? 1 : (env.MEDBOOK_WORKERS ?? os.availableParallelism())
  if (db.kind === 'embedded' && (env.MEDBOOK_WORKERS ?? 1) > 1) {
    console.warn('the embedded database lives in this process: serving from one process')
  }
  if (workers === 1) {
    await serveProcess(db, env, { banner: true, started })
  } else {
    await db.close()
    console.log(`${workers} server processes on one port`)
    // attempt limits must count across processes: share them through PostgreSQL unless a store is chosen
    superviseServerProcesses(workers, { ...process.env, RATE_LIMIT_STORE: process.env.RATE_LIMIT_STORE ?? 'postgres' })
  }
}
