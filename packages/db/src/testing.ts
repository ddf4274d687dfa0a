import { createHash, randomBytes } from 'node:crypto'
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { connectPrisma } from './client.js'
import type { Database } from './database.js'
import { EMBEDDED_POOL_SIZE, startEmbeddedPostgres } from './embedded.js'
import { readDbEnv } from './env.js'
import { listMigrations } from './migrations/files.js'
import { applyMigrations } from './migrations/runner.js'

const TEMPLATE_PREFIX = 'medbook-pglite-migrated-'
const DAY_MS = 24 * 60 * 60 * 1000

function pgliteVersion(): string {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite')
  const root = `${entry.slice(0, entry.lastIndexOf('@electric-sql/pglite'))}@electric-sql/pglite`
  return (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version
}

/**
 * An embedded database with every migration applied, kept as a data-directory tarball in the
 * temp folder and named by the PGlite version and the migrations' checksums: loading it takes
 * ~0.5 s where starting PGlite and migrating takes 2–3.5 s, for each of ~50 test files.
 */
async function migratedTemplate(): Promise<Blob> {
  const key = createHash('sha256')
    .update(pgliteVersion())
    .update(
      listMigrations()
        .map((migration) => `${migration.name}:${migration.checksum}`)
        .join('\n'),
    )
    .digest('hex')
    .slice(0, 16)
  const file = path.join(tmpdir(), `${TEMPLATE_PREFIX}${key}.tar`)
  try {
    return new Blob([readFileSync(file)])
  } catch {
    // not built yet for these migrations: build it below
  }
  const embedded = await startEmbeddedPostgres()
  const client = connectPrisma(embedded.url, { maxConnections: EMBEDDED_POOL_SIZE })
  try {
    await applyMigrations(client.pool)
  } finally {
    await client.close()
  }
  const dump = await embedded.dumpDataDir()
  await embedded.stop()
  // other templates, once a day old (another checkout may still use its own; if not, it rebuilds)
  for (const name of readdirSync(tmpdir()).filter((entry) => entry.startsWith(TEMPLATE_PREFIX))) {
    const old = path.join(tmpdir(), name)
    const age = Date.now() - (statSync(old, { throwIfNoEntry: false })?.mtimeMs ?? Date.now())
    if (age > DAY_MS) rmSync(old, { force: true })
  }
  // written aside and renamed, so a test file starting at the same time never reads half of it
  const partial = `${file}.${process.pid}.partial`
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()))
  renameSync(partial, file)
  return dump
}

/**
 * A fresh, migrated database for one test file: an in-memory PGlite (loaded from the migrated
 * template) by default, or, when DATABASE_URL names a server, a new database on it that close()
 * drops again.
 */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<Database> {
  const serverUrl = readDbEnv().DATABASE_URL
  if (!serverUrl) {
    const migrate = options.migrate ?? true
    const embedded = await startEmbeddedPostgres(migrate ? { loadDataDir: await migratedTemplate() } : {})
    const client = connectPrisma(embedded.url, { maxConnections: EMBEDDED_POOL_SIZE })
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
