import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type Database, openDatabase } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { book, seedClinic, startChild } from './support/child-server.js'

/**
 * Issue 13 item 22: a server killed with SIGKILL under booking load, restarted, and every
 * client retrying with its idempotency key: no booking lost or made twice, no slot taken twice,
 * and every booking with exactly one confirmation and one activity log. (Where exactly the kill
 * lands is chance; packages/api/test/outbox.integration.test.ts fails a follow-up on purpose.)
 */
const REQUESTS = 48

/** The test's own handle on the child's database: a server database, or an embedded data folder it opens between runs. */
async function crashDatabase(): Promise<{
  env: Record<string, string>
  open(): Promise<Database>
  release(): Promise<void>
  tmp: string
  close(): Promise<void>
}> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'medbook-crash-'))
  if (process.env.DATABASE_URL) {
    const db = await createTestDatabase()
    return {
      env: { DATABASE_URL: db.url },
      open: async () => db,
      release: async () => {},
      tmp,
      close: () => db.close(),
    }
  }
  const dataDir = path.join(tmp, 'pglite')
  let open: Database | null = null
  return {
    env: { MEDBOOK_DATA_DIR: dataDir, DATABASE_URL: '' },
    async open() {
      open ??= await openDatabase({ dataDir })
      return open
    },
    /** PGlite has one process at a time: let go before the server starts */
    async release() {
      await open?.close()
      open = null
    },
    tmp,
    async close() {
      await open?.close()
    },
  }
}

/** One client's request, retried like a real client: on a dropped connection or 503, up to `attempts` times. */
async function bookRetrying(url: string, token: string, input: Record<string, unknown>, attempts: number) {
  let status = 0
  for (let attempt = 0; attempt < attempts; attempt++) {
    status = await book(url, token, input)
    if (status !== 0 && status !== 503) return status
    await new Promise((resolve) => setTimeout(resolve, 100 * (attempt + 1)))
  }
  return status
}

describe('a server killed under booking load', () => {
  let store: Awaited<ReturnType<typeof crashDatabase>>
  let clinic: Awaited<ReturnType<typeof seedClinic>>

  beforeAll(async () => {
    store = await crashDatabase()
    clinic = await seedClinic((await store.open()).prisma)
    await store.release()
  })
  afterAll(async () => {
    await store?.close()
    if (store) rmSync(store.tmp, { recursive: true, force: true })
  })

  it('leaves every acknowledged or retried booking with its confirmation and its activity log', async () => {
    const env = {
      ...store.env,
      MAIL_OUTBOX_DIR: path.join(store.tmp, 'outbox'),
      UPLOADS_DIR: path.join(store.tmp, 'up'),
    }
    const requests = Array.from({ length: REQUESTS }, (_, i) => ({
      doctorId: clinic.doctorId,
      // two requests per slot: the loser of each pair gets CONFLICT, which is an answer too
      startsAt: clinic.startsAt[i % clinic.startsAt.length],
      type: 'in_person',
      idempotencyKey: `crash-request-${i}`,
    }))
    const first = await startChild(env)
    let answered = 0
    const load = requests.map((input) =>
      book(first.url, clinic.token, input).then((status) => {
        if (status === 200 && ++answered === 6) first.child.kill('SIGKILL')
        return status
      }),
    )
    const statuses = await Promise.all(load)
    first.child.kill('SIGKILL')
    expect(statuses.filter((status) => status === 0).length).toBeGreaterThan(0)

    const second = await startChild(env)
    const retried = await Promise.all(requests.map((input) => bookRetrying(second.url, clinic.token, input, 5)))
    expect(retried.every((status) => status === 200 || status === 409)).toBe(true)
    await new Promise<void>((resolve) => {
      second.child.once('exit', () => resolve())
      second.child.kill('SIGTERM')
    })

    const db = (await store.open()).prisma
    const booked = await db.appointment.findMany({
      where: { idempotencyKey: { startsWith: 'crash-request-' } },
      select: { id: true, startsAt: true },
    })
    expect(booked).toHaveLength(clinic.startsAt.length)
    expect(new Set(booked.map((a) => a.startsAt.getTime())).size).toBe(booked.length)
    for (const appointment of booked) {
      const confirmations = await db.notification.count({
        where: { relatedToId: appointment.id, type: 'appointment_confirmation' },
      })
      const logs = await db.activityLog.count({
        where: { action: 'book_appointment', details: { path: ['appointmentId'], equals: appointment.id } },
      })
      expect({ appointment: appointment.id, confirmations, logs }).toEqual({
        appointment: appointment.id,
        confirmations: 1,
        logs: 1,
      })
    }
  })
})
