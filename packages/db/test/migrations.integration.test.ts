import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../src/database.js'
import { describeCatalog } from '../src/migrations/catalog.js'
import { latestSnapshot, listMigrations, SCHEMA_PATH } from '../src/migrations/files.js'
import { HAND_WRITTEN_OBJECTS } from '../src/migrations/hand-written.js'
import { applyMigrations } from '../src/migrations/runner.js'
import { diffDatamodels } from '../src/migrations/schema-engine.js'
import { createTestDatabase } from '../src/testing.js'

const schema = readFileSync(SCHEMA_PATH, 'utf8')

describe('migrations', () => {
  let migrated: Database
  let fromSchema: Database

  beforeAll(async () => {
    // the runner itself, not the embedded template other tests load
    migrated = await createTestDatabase({ migrate: false })
    await applyMigrations(migrated.pool)
    fromSchema = await createTestDatabase({ migrate: false })
    await fromSchema.pool.query(await diffDatamodels(null, schema))
  })
  afterAll(async () => {
    await migrated?.close()
    await fromSchema?.close()
  })

  it('has a migration for every change to schema.prisma', async () => {
    const pending = await diffDatamodels(latestSnapshot(), schema)
    expect(pending, 'schema.prisma changed: run `npm run db:migration:new -- --name <change>`').toBe('')
  })

  it('builds exactly the schema that schema.prisma describes, plus the hand-written integrity', async () => {
    const actual = await describeCatalog(migrated.pool)
    const expected = await describeCatalog(fromSchema.pool)
    const missing = [...expected].filter(([key, def]) => actual.get(key) !== def).map(([key]) => key)
    const extra = [...actual.keys()].filter((key) => !expected.has(key)).sort()
    expect(missing, 'objects schema.prisma has that the migrations lack or define differently').toEqual([])
    expect(extra).toEqual([...HAND_WRITTEN_OBJECTS].sort())
  })

  it('records applied migrations as Prisma does and applies each only once', async () => {
    const { rows } = await migrated.pool.query<{ migration_name: string; checksum: string; finished_at: Date }>(
      'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name',
    )
    expect(rows.map((row) => [row.migration_name, row.checksum])).toEqual(
      listMigrations().map((m) => [m.name, m.checksum]),
    )
    expect(rows.every((row) => row.finished_at instanceof Date)).toBe(true)
    expect(await applyMigrations(migrated.pool)).toEqual([])
  })
})
