// npm run db:migration:new -- --name add_sessions
// Diffs prisma/schema.prisma against the schema the newest migration was made from and
// writes the SQL as a new migration folder. Add hand-written SQL below the generated part
// when the schema language cannot say it (then list it in migrations/hand-written.ts).
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { latestSnapshot, MIGRATIONS_DIR, SCHEMA_PATH, SNAPSHOT_FILE } from '../migrations/files.js'
import { diffDatamodels } from '../migrations/schema-engine.js'

const { values } = parseArgs({ options: { name: { type: 'string' } } })
const name = values.name
  ?.trim()
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, '_')
if (!name) {
  console.error('usage: npm run db:migration:new -- --name <what_changed>')
  process.exit(2)
}

const sql = await diffDatamodels(latestSnapshot(), readFileSync(SCHEMA_PATH, 'utf8'))
if (!sql) {
  console.log('schema.prisma matches the newest migration: nothing to write')
  process.exit(0)
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14)
const folder = path.join(MIGRATIONS_DIR, `${stamp}_${name}`)
mkdirSync(folder, { recursive: true })
writeFileSync(path.join(folder, 'migration.sql'), `${sql}\n`)
copyFileSync(SCHEMA_PATH, path.join(folder, SNAPSHOT_FILE))
const lock = path.join(MIGRATIONS_DIR, 'migration_lock.toml')
if (!existsSync(lock)) writeFileSync(lock, '# Do not edit: Prisma keeps the provider here.\nprovider = "postgresql"\n')
console.log(`wrote ${path.relative(process.cwd(), folder)}/migration.sql`)
