import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'
import { copyLine, quoteIdentifier } from './copy-format.js'

// Rows are generated in one pass but must reach the database parents first (appointments
// before their payments), so each table collects its rows in a sink and flush() loads the
// sinks in the order they were opened. On a PostgreSQL server a sink is COPY text spooled to
// a temporary file once it outgrows memory; PGlite's socket does not speak the COPY
// sub-protocol, so there a sink keeps its rows and inserts them in batches through
// json_populate_recordset (one JSON parameter per batch).

export type BulkMethod = 'copy' | 'insert'
type Queryable = pg.Pool | pg.PoolClient | pg.Client

export interface TableSink<Row extends object> {
  readonly table: string
  readonly count: number
  push(row: Row): void
}

export interface SinkOptions<Row extends object> {
  /** columns of type json/jsonb: their values are written as JSON, not as PostgreSQL arrays */
  json?: ReadonlyArray<keyof Row & string>
}

const BUFFER_BYTES = 1024 * 1024
const SPOOL_THRESHOLD_BYTES = 16 * 1024 * 1024
const INSERT_BATCH_ROWS = 2000

abstract class Sink<Row extends object> implements TableSink<Row> {
  count = 0
  protected columns: string[] = []
  protected readonly json: ReadonlySet<string>

  constructor(
    readonly table: string,
    options: SinkOptions<Row>,
  ) {
    this.json = new Set(options.json ?? [])
  }

  push(row: Row): void {
    // Every row of a table comes from one builder, so the first row names the columns.
    if (this.count === 0) this.columns = Object.keys(row)
    this.count++
    this.accept(row as Record<string, unknown>)
  }

  protected columnList(): string {
    return this.columns.map(quoteIdentifier).join(', ')
  }

  protected abstract accept(row: Record<string, unknown>): void
  abstract load(client: Queryable): Promise<void>
  abstract dispose(): void
}

/**
 * COPY text encoded straight into a reusable buffer: keeping millions of line strings until
 * load time had the garbage collector take a third of the run.
 */
class CopySink<Row extends object> extends Sink<Row> {
  private buffer = Buffer.allocUnsafe(BUFFER_BYTES)
  private used = 0
  private held: Buffer[] = []
  private heldBytes = 0
  private file: { path: string; fd: number } | null = null

  constructor(
    table: string,
    options: SinkOptions<Row>,
    private readonly spoolDir: () => string,
  ) {
    super(table, options)
  }

  protected accept(row: Record<string, unknown>): void {
    const line = copyLine(row, this.columns, this.json)
    const worstCase = line.length * 3
    if (this.used + worstCase > this.buffer.length) this.drainBuffer()
    if (worstCase > this.buffer.length) this.store(Buffer.from(line))
    else this.used += this.buffer.write(line, this.used)
  }

  private drainBuffer(): void {
    if (this.used === 0) return
    const filled = this.buffer.subarray(0, this.used)
    if (this.file) {
      writeSync(this.file.fd, filled)
    } else {
      this.store(filled)
      this.buffer = Buffer.allocUnsafe(BUFFER_BYTES)
    }
    this.used = 0
  }

  /** Keeps a chunk in memory, or in the spool file once the table outgrows memory. */
  private store(chunk: Buffer): void {
    if (this.file) {
      writeSync(this.file.fd, chunk)
      return
    }
    this.held.push(chunk)
    this.heldBytes += chunk.length
    if (this.heldBytes < SPOOL_THRESHOLD_BYTES) return
    const filePath = path.join(this.spoolDir(), `${this.table}.copy`)
    this.file = { path: filePath, fd: openSync(filePath, 'w') }
    for (const held of this.held) writeSync(this.file.fd, held)
    this.held = []
    this.heldBytes = 0
  }

  async load(client: Queryable): Promise<void> {
    if (this.count === 0) return
    this.drainBuffer()
    let source: Readable
    if (this.file) {
      closeSync(this.file.fd)
      source = createReadStream(this.file.path, { highWaterMark: BUFFER_BYTES })
    } else {
      source = Readable.from(this.held)
    }
    const copy = (client as pg.ClientBase).query(
      copyFrom(`COPY ${quoteIdentifier(this.table)} (${this.columnList()}) FROM STDIN`),
    )
    await pipeline(source, copy)
    this.dispose()
  }

  dispose(): void {
    this.held = []
    if (this.file) {
      rmSync(this.file.path, { force: true })
      this.file = null
    }
  }
}

class InsertSink<Row extends object> extends Sink<Row> {
  private rows: Record<string, unknown>[] = []

  protected accept(row: Record<string, unknown>): void {
    this.rows.push(row)
  }

  async load(client: Queryable): Promise<void> {
    for (let start = 0; start < this.rows.length; start += INSERT_BATCH_ROWS) {
      await insertBatch(client, this.table, this.columns, this.rows.slice(start, start + INSERT_BATCH_ROWS))
    }
    this.dispose()
  }

  dispose(): void {
    this.rows = []
  }
}

async function insertBatch(
  client: Queryable,
  table: string,
  columns: readonly string[],
  rows: readonly object[],
): Promise<void> {
  const list = columns.map(quoteIdentifier).join(', ')
  await client.query(
    `INSERT INTO ${quoteIdentifier(table)} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${quoteIdentifier(table)}, $1::json)`,
    [JSON.stringify(rows)],
  )
}

/** Inserts a few rows whatever the database (used by the test fixtures). */
export async function insertRows<Row extends object>(client: Queryable, table: string, rows: readonly Row[]) {
  const first = rows[0]
  if (first) await insertBatch(client, table, Object.keys(first), rows)
}

/** COPY where the database speaks it; PGlite (behind its socket) does not. */
export async function detectBulkMethod(client: Queryable): Promise<BulkMethod> {
  const { rows } = await client.query<{ version: string }>('SELECT version() AS version')
  return /PGlite|emscripten/i.test(rows[0]?.version ?? '') ? 'insert' : 'copy'
}

export class BulkWriter {
  private pending: Sink<object>[] = []
  private readonly loaded = new Map<string, number>()
  private spoolDir: string | null = null

  constructor(
    readonly method: BulkMethod,
    private readonly log: (line: string) => void = () => {},
  ) {}

  sink<Row extends object>(table: string, options: SinkOptions<Row> = {}): TableSink<Row> {
    const sink =
      this.method === 'copy'
        ? new CopySink<Row>(table, options, () => this.ensureSpoolDir())
        : new InsertSink<Row>(table, options)
    this.pending.push(sink as unknown as Sink<object>)
    return sink
  }

  /** Loads every sink opened since the last flush, in the order they were opened. */
  async flush(client: Queryable): Promise<void> {
    const sinks = this.pending
    this.pending = []
    for (const sink of sinks) {
      const started = Date.now()
      await sink.load(client)
      this.loaded.set(sink.table, (this.loaded.get(sink.table) ?? 0) + sink.count)
      if (sink.count > 0) this.log(`  ${sink.table}: ${sink.count} rows in ${elapsed(started)}`)
    }
  }

  /** Tables of the sinks opened since the last flush, each once. */
  pendingTables(): string[] {
    return [...new Set(this.pending.map((sink) => sink.table))]
  }

  /** Rows loaded per table so far. */
  counts(): Record<string, number> {
    return Object.fromEntries(this.loaded)
  }

  dispose(): void {
    for (const sink of this.pending) sink.dispose()
    this.pending = []
    if (this.spoolDir) rmSync(this.spoolDir, { recursive: true, force: true })
    this.spoolDir = null
  }

  private ensureSpoolDir(): string {
    this.spoolDir ??= mkdtempSync(path.join(tmpdir(), 'medbook-seed-'))
    return this.spoolDir
  }
}

export function elapsed(startedAt: number): string {
  return `${((Date.now() - startedAt) / 1000).toFixed(1)} s`
}
