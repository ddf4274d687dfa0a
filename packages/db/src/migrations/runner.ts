import { randomUUID } from 'node:crypto'
import type pg from 'pg'
import { listMigrations, MIGRATIONS_DIR } from './files.js'

// Applies prisma/migrations in order and records them in _prisma_migrations exactly as
// `prisma migrate deploy` does, so either tool can take over a database from the other.

const PRISMA_ADVISORY_LOCK = 72707369

const CREATE_HISTORY_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`

interface AppliedRow {
  migration_name: string
  checksum: string
  finished_at: Date | null
  rolled_back_at: Date | null
}

export async function applyMigrations(pool: pg.Pool, dir = MIGRATIONS_DIR): Promise<string[]> {
  const client = await pool.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_ADVISORY_LOCK])
    await client.query(CREATE_HISTORY_TABLE)
    const { rows } = await client.query<AppliedRow>(
      'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL',
    )
    const applied = new Map(rows.map((row) => [row.migration_name, row]))
    const newlyApplied: string[] = []
    for (const migration of listMigrations(dir)) {
      const previous = applied.get(migration.name)
      if (previous) {
        if (!previous.finished_at)
          throw new Error(`Migration ${migration.name} failed earlier; resolve it before migrating`)
        if (previous.checksum !== migration.checksum)
          throw new Error(`Migration ${migration.name} was edited after it was applied`)
        continue
      }
      const id = randomUUID()
      await client.query('BEGIN')
      try {
        await client.query(migration.sql)
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), 1)`,
          [id, migration.checksum, migration.name],
        )
        await client.query('COMMIT')
      } catch (error) {
        await client.query('ROLLBACK')
        throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`)
      }
      newlyApplied.push(migration.name)
    }
    return newlyApplied
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_ADVISORY_LOCK]).catch(() => {})
    client.release()
  }
}
