// npm run db:migrate: applies pending migrations to DATABASE_URL, or to the embedded
// database when it is unset.
import { openDatabase } from '../database.js'
import { applyMigrations } from '../migrations/runner.js'

const db = await openDatabase({ migrate: false })
try {
  const applied = await applyMigrations(db.pool)
  console.log(applied.length ? `applied ${applied.join(', ')}` : `${db.kind} database is up to date`)
} finally {
  await db.close()
}
