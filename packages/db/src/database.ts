import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { type ConnectedClient, connectPrisma } from './client.js'
import { EMBEDDED_POOL_SIZE, type EmbeddedDurability, startEmbeddedPostgres } from './embedded.js'
import { readDbEnv } from './env.js'
import { applyMigrations } from './migrations/runner.js'

export interface Database extends ConnectedClient {
  url: string
  kind: 'embedded' | 'server'
}

export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../../.data/pglite', import.meta.url))

/**
 * Opens the product's database: the server in DATABASE_URL, or else an embedded
 * PostgreSQL persisted on disk. Both are reached through `pg` and Prisma's pg adapter.
 */
export async function openDatabase(
  options: {
    url?: string
    dataDir?: string
    durability?: EmbeddedDurability
    migrate?: boolean
    maxConnections?: number
  } = {},
): Promise<Database> {
  const env = readDbEnv()
  const url = options.url ?? env.DATABASE_URL
  const embedded = url
    ? null
    : await startEmbeddedPostgres({
        dataDir: path.resolve(options.dataDir ?? env.MEDBOOK_DATA_DIR ?? DEFAULT_DATA_DIR),
        durability: options.durability ?? env.MEDBOOK_EMBEDDED_DURABILITY,
      })
  const client = connectPrisma(url ?? (embedded as { url: string }).url, {
    maxConnections: embedded ? EMBEDDED_POOL_SIZE : options.maxConnections,
  })
  if (options.migrate ?? true) await applyMigrations(client.pool)
  return {
    ...client,
    url: url ?? (embedded as { url: string }).url,
    kind: embedded ? 'embedded' : 'server',
    async close() {
      await client.close()
      await embedded?.stop()
    },
  }
}
