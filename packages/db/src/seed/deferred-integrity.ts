import type pg from 'pg'
import { elapsed } from './bulk.js'
import { quoteIdentifier } from './copy-format.js'

// Loading a million rows through eleven indexes and five row-by-row foreign-key triggers is
// slow, and appointments and payments point at each other through keys that are not
// deferrable. So, as pg_restore does, the big tables are loaded bare: inside the seed's
// transaction their secondary indexes and foreign keys are dropped, and afterwards recreated
// from their own catalog definitions, which makes PostgreSQL check every row again.

interface SavedDefinitions {
  indexes: Array<{ name: string; definition: string }>
  foreignKeys: Array<{ table: string; name: string; definition: string }>
}

async function readDefinitions(client: pg.ClientBase, tables: readonly string[]): Promise<SavedDefinitions> {
  const relations = tables.map(quoteIdentifier)
  const indexes = await client.query<{ name: string; definition: string }>(
    `SELECT format('%I.%I', n.nspname, c.relname) AS name, pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i
     JOIN pg_class c ON c.oid = i.indexrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE i.indrelid = ANY($1::regclass[])
       AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)`,
    [relations],
  )
  const foreignKeys = await client.query<{ table: string; name: string; definition: string }>(
    `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS definition
     FROM pg_constraint WHERE contype = 'f' AND conrelid = ANY($1::regclass[])`,
    [relations],
  )
  return { indexes: indexes.rows, foreignKeys: foreignKeys.rows }
}

/** Runs `load` with the tables' secondary indexes and foreign keys set aside, then restores them. */
export async function withIntegrityDeferred(
  client: pg.ClientBase,
  tables: readonly string[],
  load: () => Promise<void>,
  log: (line: string) => void,
): Promise<void> {
  const saved = await readDefinitions(client, tables)
  for (const key of saved.foreignKeys) {
    await client.query(`ALTER TABLE ${key.table} DROP CONSTRAINT ${quoteIdentifier(key.name)}`)
  }
  for (const index of saved.indexes) await client.query(`DROP INDEX ${index.name}`)
  await load()
  let started = Date.now()
  for (const index of saved.indexes) await client.query(index.definition)
  log(`  rebuilt ${saved.indexes.length} indexes in ${elapsed(started)}`)
  started = Date.now()
  for (const key of saved.foreignKeys) {
    await client.query(`ALTER TABLE ${key.table} ADD CONSTRAINT ${quoteIdentifier(key.name)} ${key.definition}`)
  }
  log(`  checked ${saved.foreignKeys.length} foreign keys in ${elapsed(started)}`)
}
