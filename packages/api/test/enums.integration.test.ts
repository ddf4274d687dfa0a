import { DATABASE_ENUMS } from '@medbook/contracts'
import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { afterAll, beforeAll, expect, it } from 'vitest'

let db: Database
beforeAll(async () => {
  db = await createTestDatabase()
})
afterAll(async () => {
  await db?.close()
})

it('the contracts know every PostgreSQL enum with the same values', async () => {
  const { rows } = await db.pool.query<{ name: string; labels: string[] }>(`
    SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS labels
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`)
  const inDatabase = Object.fromEntries(rows.map((row) => [row.name, row.labels]))
  const inContracts = Object.fromEntries(Object.entries(DATABASE_ENUMS).map(([name, schema]) => [name, schema.options]))
  expect(inContracts).toEqual(inDatabase)
})
