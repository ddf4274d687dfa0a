import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { listMigrations, MIGRATIONS_DIR } from '../../src/migrations/files.js'

/** A migrations folder with only those before `name`: for a database as it was before that migration. */
export function migrationsBefore(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'medbook-migrations-'))
  for (const migration of listMigrations().filter((entry) => entry.name < name))
    cpSync(path.join(MIGRATIONS_DIR, migration.name), path.join(dir, migration.name), { recursive: true })
  return dir
}
