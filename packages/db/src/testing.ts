import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { connectPrisma } from './client.js'
import type { Database } from './database.js'
import { EMBEDDED_POOL_SIZE, startEmbeddedPostgres } from './embedded.js'
import { readDbEnv } from './env.js'
import { applyMigrations } from './migrations/runner.js'

/**
 * A fresh, migrated database for one test file: an in-memory PGlite by default, or, when
 * DATABASE_URL names a server, a new database on it that close() drops again.
 */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<Database> {
  const serverUrl = readDbEnv().DATABASE_URL
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres()
    const client = connectPrisma(embedded.url, { maxConnections: EMBEDDED_POOL_SIZE })
    if (options.migrate ?? true) await applyMigrations(client.pool)
    return {
      ...client,
      url: embedded.url,
      kind: 'embedded',
      async close() {
        await client.close()
        await embedded.stop()
      },
    }
  }
  const name = `medbook_test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE "${name}"`)
  await admin.end()
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  const client = connectPrisma(url.toString())
  if (options.migrate ?? true) await applyMigrations(client.pool)
  return {
    ...client,
    url: url.toString(),
    kind: 'server',
    async close() {
      await client.close()
      const dropper = new pg.Client({ connectionString: serverUrl })
      await dropper.connect()
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await dropper.end()
    },
  }
}
