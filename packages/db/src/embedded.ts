import fs, { mkdirSync } from 'node:fs'
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

/**
 * `durable`: a commit returns once its WAL is on disk (fsync), so an acknowledged booking
 * survives a power cut. `relaxed`: PGlite's own default (`postgres -F`, fsync off): writes
 * reach the operating system at once, so a killed process loses nothing, but a power cut or
 * kernel crash can lose the last seconds of acknowledged commits. docs/performance.md has
 * the cost of each.
 */
export type EmbeddedDurability = 'durable' | 'relaxed'

/** PGlite's start parameters with fsync on, and WAL flushed with fsync(): the call it can pass to the disk. */
const DURABLE_START_PARAMS = [
  ...PGlite.defaultStartParams.filter((param) => param !== '-F'),
  '-c',
  'wal_sync_method=fsync',
]

interface NodeFsStream {
  nfd?: number
}
interface EmscriptenFs {
  filesystems: { NODEFS?: { stream_ops: { fsync?: (stream: NodeFsStream) => number } } }
}

/**
 * PGlite's on-disk files go through Emscripten's NODEFS, whose streams have no fsync: the
 * fsync() PostgreSQL calls at commit returns without touching the disk (and its fdatasync is
 * a stub, hence wal_sync_method=fsync). This gives NODEFS streams the real fsync.
 */
function passFsyncToDisk(db: PGlite) {
  const nodefs = (db.Module.FS as unknown as EmscriptenFs).filesystems.NODEFS
  if (!nodefs) throw new Error('PGlite has no NODEFS: durable commits cannot reach the disk')
  nodefs.stream_ops.fsync = (stream) => {
    if (stream.nfd !== undefined) fs.fsyncSync(stream.nfd)
    return 0
  }
}

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
  options: { dataDir?: string; loadDataDir?: Blob; durability?: EmbeddedDurability } = {},
): Promise<EmbeddedPostgres> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true })
  // in memory (tests) there is no disk to sync to
  const durable = options.dataDir !== undefined && (options.durability ?? 'durable') === 'durable'
  // unaccent: doctor search ignores Vietnamese diacritics (a migration creates the extension)
  const db = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    ...(durable ? { startParams: DURABLE_START_PARAMS } : {}),
    extensions: { unaccent },
  })
  if (durable) passFsyncToDisk(db)
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
