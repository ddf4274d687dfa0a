import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClient } from '../../../packages/sdk/src/index.js'
import { book, seedClinic, startChild, stopChild } from './support/child-server.js'

/**
 * Two API processes on one PostgreSQL server: a change made through one reaches the live
 * streams open on the other (LISTEN/NOTIFY), not only its own. The embedded database is one
 * process by design, so this runs in the PostgreSQL-server pass (DATABASE_URL).
 */
describe.skipIf(!process.env.DATABASE_URL)('live events across two API processes', () => {
  let db: Database
  let tmp: string
  const children: ChildProcess[] = []

  beforeAll(async () => {
    db = await createTestDatabase()
    tmp = mkdtempSync(path.join(tmpdir(), 'medbook-live-'))
  })
  afterAll(async () => {
    await Promise.all(children.map(stopChild))
    await db?.close()
    if (tmp) rmSync(tmp, { recursive: true, force: true })
  })

  it('delivers a booking made on one process to the patient streams open on both', async () => {
    const clinic = await seedClinic(db.prisma, 'live')
    const env = { DATABASE_URL: db.url, MAIL_OUTBOX_DIR: path.join(tmp, 'outbox'), UPLOADS_DIR: path.join(tmp, 'up') }
    const [first, second] = await Promise.all([startChild(env), startChild(env)])
    children.push(first.child, second.child)

    const received: Record<string, Array<{ kind: string }>> = { first: [], second: [] }
    const subscriptions = await Promise.all(
      Object.entries({ first, second }).map(
        ([name, process]) =>
          new Promise<{ unsubscribe(): void }>((resolve) => {
            const client = createClient({ baseUrl: process.url, headers: { authorization: `Bearer ${clinic.token}` } })
            const subscription = client.realtime.events.subscribe(
              { lastEventId: '0' },
              {
                onStarted: () => resolve(subscription),
                onData: (event) => received[name]?.push(event.data),
              },
            )
          }),
      ),
    )
    // both streams have read their starting point: what follows arrives only by being woken
    await new Promise((resolve) => setTimeout(resolve, 500))
    const status = await book(first.url, clinic.token, {
      doctorId: clinic.doctorId,
      startsAt: clinic.startsAt[0],
      type: 'in_person',
      idempotencyKey: 'live-two-processes',
    })
    expect(status).toBe(200)
    const deadline = Date.now() + 10_000
    while (received.second?.length === 0 || received.first?.length === 0) {
      if (Date.now() > deadline) throw new Error(`no live event: ${JSON.stringify(received)}`)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    const confirmation = await db.prisma.notification.findFirstOrThrow({
      where: { recipientId: clinic.patientUserId, type: 'appointment_confirmation' },
    })
    for (const events of Object.values(received)) {
      expect(events).toEqual([{ kind: 'notification', notificationId: confirmation.id }])
    }
    for (const subscription of subscriptions) subscription.unsubscribe()
  })
})
