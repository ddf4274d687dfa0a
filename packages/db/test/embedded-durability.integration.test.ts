import fs, { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { type EmbeddedDurability, startEmbeddedPostgres } from '../src/embedded.js'
import { readDbEnv } from '../src/env.js'

// PGlite runs PostgreSQL with fsync off, and its file system's fsync never reached the disk:
// a power cut could lose acknowledged bookings. Durable mode must put every commit on disk.

describe('embedded database durability', () => {
  const dirs: string[] = []
  afterEach(() => {
    vi.restoreAllMocks()
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })

  /** fsync calls to the operating system while `commits` single-row transactions commit */
  async function fsyncsDuring(durability: EmbeddedDurability | undefined, commits: number) {
    const dir = mkdtempSync(path.join(tmpdir(), 'medbook-durability-'))
    dirs.push(dir)
    const embedded = await startEmbeddedPostgres({ dataDir: dir, ...(durability ? { durability } : {}) })
    const client = new pg.Client({ connectionString: embedded.url })
    try {
      await client.connect()
      await client.query('CREATE TABLE bookings (id int PRIMARY KEY)')
      const fsync = vi.spyOn(fs, 'fsyncSync')
      for (let id = 1; id <= commits; id++) await client.query('INSERT INTO bookings VALUES ($1)', [id])
      const calls = fsync.mock.calls.length
      fsync.mockRestore()
      const { rows } = await client.query<{ fsync: string }>("SELECT current_setting('fsync') AS fsync")
      return { calls, setting: rows[0]?.fsync }
    } finally {
      await client.end()
      await embedded.stop()
    }
  }

  it('syncs every commit to disk by default', async () => {
    const { calls, setting } = await fsyncsDuring(undefined, 5)
    expect(setting).toBe('on')
    expect(calls).toBeGreaterThanOrEqual(5)
  })

  it('leaves it to the operating system when relaxed, as PGlite does on its own', async () => {
    const { calls, setting } = await fsyncsDuring('relaxed', 5)
    expect(setting).toBe('off')
    expect(calls).toBe(0)
  })

  it('reads the choice from MEDBOOK_EMBEDDED_DURABILITY, durable unless told', () => {
    expect(readDbEnv({}).MEDBOOK_EMBEDDED_DURABILITY).toBe('durable')
    expect(readDbEnv({ MEDBOOK_EMBEDDED_DURABILITY: 'relaxed' }).MEDBOOK_EMBEDDED_DURABILITY).toBe('relaxed')
    expect(() => readDbEnv({ MEDBOOK_EMBEDDED_DURABILITY: 'sometimes' })).toThrow(/MEDBOOK_EMBEDDED_DURABILITY/)
  })
})
