import { mkdirSync } from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import { unaccent } from '@electric-sql/pglite/contrib/unaccent'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'

/**
 * PGlite is one PostgreSQL session. pglite-socket queues the messages of all connections
 * onto it one by one, so two connections' extended-protocol exchanges (Parse/Bind/Execute)
 * interleave and corrupt each other ("bind message supplies 2 parameters…"). Clients of
 * the embedded database therefore use a single pooled connection; PGlite runs one
 * statement at a time anyway, so nothing is lost.
 */
export const EMBEDDED_POOL_SIZE = 1

export interface EmbeddedPostgres {
  /** postgresql:// URL of the wire-protocol socket in front of PGlite */
  url: string
  /** the whole data directory as a tarball, for `loadDataDir` of another instance */
  dumpDataDir(): Promise<Blob>
  stop(): Promise<void>
}

/**
 * Starts PGlite (PostgreSQL compiled to WebAssembly) behind a PostgreSQL wire-protocol
 * socket on 127.0.0.1, so the app reaches it through the same `pg` + adapter path as a
 * real server. `dataDir` persists it; without one it lives in memory (tests).
 */
export async function startEmbeddedPostgres(
  options: { dataDir?: string; loadDataDir?: Blob } = {},
): Promise<EmbeddedPostgres> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true })
  // unaccent: doctor search ignores Vietnamese diacritics (a migration creates the extension)
  const db = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    extensions: { unaccent },
  })
  // pglite-socket queues queries from all connections onto the one PGlite instance and
  // keeps a transaction's statements together; without maxConnections > 1 a pooled
  // client's second connection is cut.
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 200 })
  await server.start()
  const url = `postgresql://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`
  return {
    url,
    dumpDataDir: () => db.dumpDataDir('none'),
    async stop() {
      await server.stop()
      await db.close()
    },
  }
}
