import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validateSessionToken } from '../src/auth/sessions.js'
import { createServices, defaultApiConfig, emitUserEvent, pollingLiveEvents, type Services } from '../src/index.js'
import { LIVE_EVENT_RETENTION_MS, purgeOldLiveEvents } from '../src/jobs/live-events.js'
import { userEventStream } from '../src/realtime/stream.js'
import { callerFor } from './support/callers.js'
import { buildWorld, type World } from './support/world.js'

type Envelope = [string, { kind: string; [key: string]: unknown }, unknown]

/** Reads `count` events, then stops the stream (it is suspended at a yield, so it ends at once). */
async function take(events: AsyncIterable<unknown>, count: number): Promise<Envelope[]> {
  const received: Envelope[] = []
  if (count === 0) return received
  for await (const event of events) {
    received.push(event as Envelope)
    if (received.length === count) break
  }
  return received
}

describe('live events (realtime.events)', () => {
  let db: Database
  let world: World
  let services: Services

  const eventsAs = async (actor: keyof World['users'], lastEventId?: string) => {
    const caller = await callerFor(db.prisma, services, await world.sessionFor(world.users[actor].id))
    return (await caller.realtime.events({ lastEventId })) as AsyncIterable<unknown>
  }
  const notify = (recipientId: string, title: string) =>
    db.prisma.notification.create({
      data: { recipientId, recipientRole: 'patient', type: 'system', title, message: title },
    })
  const seqOf = async (userId: string) =>
    (await db.prisma.userEventCounter.findUnique({ where: { userId } }))?.seq.toString() ?? '0'

  beforeAll(async () => {
    db = await createTestDatabase()
    world = await buildWorld(db.prisma)
    services = createServices(defaultApiConfig(), { live: pollingLiveEvents(20) })
  })
  afterAll(async () => {
    await services?.live.close()
    await db?.close()
  })

  it('brings a new notification to its recipient, and nobody else, with the next number of their sequence', async () => {
    const start = await seqOf(world.users.patient.id)
    const stream = await eventsAs('patient', start)
    const mine = await notify(world.users.patient.id, 'Cho tôi')
    await notify(world.users.otherPatient.id, 'Cho người khác')
    const [event] = await take(stream, 1)
    expect(event?.[0]).toBe(String(BigInt(start) + 1n))
    expect(event?.[1]).toEqual({ kind: 'notification', notificationId: mine.id })
  })

  it('resumes after the last event a client saw: what it missed, in order, nothing twice', async () => {
    const start = BigInt(await seqOf(world.users.patient.id))
    const sent = []
    for (const title of ['một', 'hai', 'ba']) sent.push(await notify(world.users.patient.id, title))
    const resumed = await take(await eventsAs('patient', String(start + 1n)), 2)
    expect(resumed.map(([id]) => id)).toEqual([String(start + 2n), String(start + 3n)])
    expect(resumed.map(([, data]) => data.notificationId)).toEqual([sent[1]?.id, sent[2]?.id])
  })

  it('starts from now when the client has seen nothing yet', async () => {
    await notify(world.users.patient.id, 'đã cũ')
    const stream = await eventsAs('patient')
    const reading = take(stream, 1)
    // the stream reads its starting point when first pulled; give it that moment
    await new Promise((resolve) => setTimeout(resolve, 200))
    const fresh = await notify(world.users.patient.id, 'mới')
    const [event] = await reading
    expect(event?.[1]).toEqual({ kind: 'notification', notificationId: fresh.id })
  })

  it('numbers concurrent events without gaps or deadlocks, each delivered once in commit order', async () => {
    const patientId = world.users.patient.id
    const doctorId = world.users.doctor.id
    const start = BigInt(await seqOf(patientId))
    const writers = Array.from({ length: 30 }, (_, i) =>
      db.prisma.$transaction(async (tx) => {
        // recipients in both orders: medbook_emit locks them sorted, so no two writers deadlock
        const recipients = i % 2 === 0 ? [patientId, doctorId] : [doctorId, patientId]
        await emitUserEvent(tx, recipients, { kind: 'conversation', conversationId: `c-${i}` })
      }),
    )
    const stream = await eventsAs('patient', String(start))
    const [events] = await Promise.all([take(stream, 30), Promise.all(writers)])
    expect(events.map(([id]) => BigInt(id))).toEqual(Array.from({ length: 30 }, (_, i) => start + BigInt(i + 1)))
    expect(new Set(events.map(([, data]) => data.conversationId)).size).toBe(30)
    const stored = await db.prisma.userEvent.count({ where: { userId: patientId, seq: { gt: start } } })
    expect(stored).toBe(30)
  })

  it('writes no event when the change rolls back', async () => {
    const before = await seqOf(world.users.patient.id)
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.notification.create({
          data: {
            recipientId: world.users.patient.id,
            recipientRole: 'patient',
            type: 'system',
            title: 'x',
            message: 'x',
          },
        })
        throw new Error('changed my mind')
      }),
    ).rejects.toThrow('changed my mind')
    expect(await seqOf(world.users.patient.id)).toBe(before)
  })

  it('ends the stream when the session is logged out', async () => {
    const token = await world.sessionFor(world.users.patient.id)
    const session = await validateSessionToken(db.prisma, token)
    if (!session) throw new Error('no session')
    const stream = userEventStream({
      db: db.prisma,
      live: services.live,
      auth: { user: session.user, via: 'bearer', sessionId: session.session.id, apiKey: null },
      lastEventId: await seqOf(world.users.patient.id),
      signal: undefined,
      now: () => new Date(),
      recheckAuthMs: 50,
    })
    const done = stream.next()
    await db.prisma.session.delete({ where: { id: session.session.id } })
    expect(await done).toEqual({ done: true, value: undefined })
  })

  it('purges events past the retention window and keeps numbering where it was', async () => {
    const userId = world.users.doctor.id
    await notify(userId, 'cũ')
    await notify(userId, 'mới')
    const [old] = await db.prisma.userEvent.findMany({ where: { userId }, orderBy: { seq: 'desc' }, skip: 1, take: 1 })
    if (!old) throw new Error('no event')
    await db.prisma.userEvent.update({
      where: { userId_seq: { userId, seq: old.seq } },
      data: { createdAt: new Date(Date.now() - LIVE_EVENT_RETENTION_MS - 60_000) },
    })
    const counter = await seqOf(userId)
    expect(await purgeOldLiveEvents(db.prisma)).toBeGreaterThanOrEqual(1)
    expect(await db.prisma.userEvent.findUnique({ where: { userId_seq: { userId, seq: old.seq } } })).toBeNull()
    expect(await db.prisma.userEvent.count({ where: { userId, seq: old.seq + 1n } })).toBe(1)
    expect(await seqOf(userId)).toBe(counter)
  })

  it('refuses anonymous callers and malformed event ids', async () => {
    const anonymous = await callerFor(db.prisma, services)
    await expect(anonymous.realtime.events({})).rejects.toMatchObject({ code: 'UNAUTHORIZED' })
    const caller = await callerFor(db.prisma, services, await world.sessionFor(world.users.patient.id))
    await expect(caller.realtime.events({ lastEventId: '1; DROP TABLE users' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    })
  })
})
