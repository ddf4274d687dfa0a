import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const PRISMA_DIR = fileURLToPath(new URL('../../../../prisma/', import.meta.url))
export const SCHEMA_PATH = path.join(PRISMA_DIR, 'schema.prisma')
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, 'migrations')
/** Each migration folder keeps the schema it was generated from: the base for the next diff. */
export const SNAPSHOT_FILE = 'schema.prisma'

export interface MigrationFile {
  name: string
  sql: string
  /** sha256 of migration.sql, as Prisma records it in _prisma_migrations */
  checksum: string
}

export function listMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, 'migration.sql'), 'utf8')
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') }
    })
}

/** The schema the newest migration was generated from, or null before the first one. */
export function latestSnapshot(dir = MIGRATIONS_DIR): string | null {
  const newest = listMigrations(dir).at(-1)
  if (!newest) return null
  const file = path.join(dir, newest.name, SNAPSHOT_FILE)
  if (!existsSync(file)) throw new Error(`${newest.name} has no ${SNAPSHOT_FILE} snapshot to diff from`)
  return readFileSync(file, 'utf8')
}
