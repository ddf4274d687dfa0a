import http from 'node:http'
import { createServices, createSession, defaultApiConfig, pollingLiveEvents } from '@medbook/api'
import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClient } from '../../../packages/sdk/src/index.js'
import { type RunningServer, startServer } from '../src/server.js'

interface Received {
  id: string
  notificationId: unknown
}

/** realtime.events over real HTTP: Server-Sent Events through the SDK, as an integrator gets them. */
describe('live events over Server-Sent Events', () => {
  let db: Database
  let server: RunningServer
  let patientUserId: string
  let token: string

  beforeAll(async () => {
    db = await createTestDatabase()
    server = await startServer({
      db: db.prisma,
      services: createServices(defaultApiConfig(), { live: pollingLiveEvents(25) }),
    })
    const user = await db.prisma.user.create({
      data: { role: 'patient', email: 'sse@medbook.test', firstName: 'Lan', lastName: 'Trần', patient: { create: {} } },
    })
    patientUserId = user.id
    token = (await createSession(db.prisma, user.id, { ipAddress: null, userAgent: null })).token
  })
  afterAll(async () => {
    await server?.close()
    await server?.services.live.close()
    await db?.close()
  })

  const notify = (title: string) =>
    db.prisma.notification.create({
      data: { recipientId: patientUserId, recipientRole: 'patient', type: 'system', title, message: title },
    })

  function subscribe() {
    const client = createClient({ baseUrl: server.url, headers: { authorization: `Bearer ${token}` } })
    const received: Received[] = []
    const errors: unknown[] = []
    let started: () => void = () => {}
    const ready = new Promise<void>((resolve) => {
      started = resolve
    })
    const subscription = client.realtime.events.subscribe(
      {},
      {
        onStarted: () => started(),
        onData: (event) =>
          received.push({ id: event.id, notificationId: (event.data as { notificationId?: string }).notificationId }),
        onError: (error) => errors.push(error),
      },
    )
    return { received, errors, ready, stop: () => subscription.unsubscribe() }
  }

  async function until(condition: () => boolean, what: string, ms = 15_000) {
    const deadline = Date.now() + ms
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
  }

  it('streams a new notification to the signed-in user as it is written', async () => {
    const live = subscribe()
    await live.ready
    // the stream takes its starting point when it opens; an event after that is delivered
    await new Promise((resolve) => setTimeout(resolve, 200))
    const notification = await notify('Lịch khám đã xác nhận')
    await until(() => live.received.length === 1, 'the notification')
    expect(live.received[0]?.notificationId).toBe(notification.id)
    expect(live.errors).toEqual([])
    live.stop()
  })

  it('reconnects after a dropped connection and delivers what was missed, once each, in order', async () => {
    const live = subscribe()
    await live.ready
    await new Promise((resolve) => setTimeout(resolve, 200))
    const before = await notify('trước khi rớt mạng')
    await until(() => live.received.length === 1, 'the first notification')
    // the network drops: every open connection to the server is cut
    server.server.closeAllConnections()
    const missed = [await notify('lúc mất kết nối 1'), await notify('lúc mất kết nối 2')]
    await until(() => live.received.length === 3, 'the missed notifications after reconnecting')
    const after = await notify('sau khi nối lại')
    await until(() => live.received.length === 4, 'the next notification')
    expect(live.received.map((event) => event.notificationId)).toEqual([
      before.id,
      ...missed.map((n) => n.id),
      after.id,
    ])
    const ids = live.received.map((event) => BigInt(event.id))
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : 1)))
    expect(new Set(ids).size).toBe(4)
    live.stop()
  })

  it('keeps delivering to others while one client stops reading its stream', async () => {
    const stalled = await db.prisma.user.create({
      data: {
        role: 'patient',
        email: 'slow@medbook.test',
        firstName: 'Chậm',
        lastName: 'Đọc',
        patient: { create: {} },
      },
    })
    const stalledToken = (await createSession(db.prisma, stalled.id, { ipAddress: null, userAgent: null })).token
    // a client that opens its stream and then never reads a byte of it
    const paused = await new Promise<http.IncomingMessage>((resolve, reject) => {
      const request = http.get(
        `${server.url}/trpc/realtime.events?input=${encodeURIComponent('{"json":{"lastEventId":"0"}}')}`,
        { headers: { accept: 'text/event-stream', authorization: `Bearer ${stalledToken}` } },
        (response) => {
          response.pause()
          resolve(response)
        },
      )
      request.on('error', reject)
    })
    // thousands of events pile up for it (one transaction, about 1 MB of stream)
    await db.prisma.$executeRaw`
      SELECT medbook_emit(ARRAY[${stalled.id}]::uuid[], 'conversation', jsonb_build_object('conversationId', 'c-' || n))
        FROM generate_series(1, 5000) AS n`
    const live = subscribe()
    await live.ready
    await new Promise((resolve) => setTimeout(resolve, 200))
    const notification = await notify('vẫn đến đúng lúc')
    await until(() => live.received.length === 1, 'the other user’s notification', 5_000)
    expect(live.received[0]?.notificationId).toBe(notification.id)
    live.stop()
    paused.destroy()
  })

  it('streams events uncompressed to a client that accepts gzip and brotli, as they happen', async () => {
    // JSON answers are compressed (compressed-json.ts); a compressor would hold events back
    const chunks: string[] = []
    const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
      const request = http.get(
        `${server.url}/trpc/realtime.events?input=${encodeURIComponent('{"json":{}}')}`,
        {
          headers: { accept: 'text/event-stream', 'accept-encoding': 'gzip, br', authorization: `Bearer ${token}` },
        },
        resolve,
      )
      request.on('error', reject)
    })
    response.setEncoding('utf8')
    response.on('data', (chunk: string) => chunks.push(chunk))
    expect(response.headers['content-type']).toMatch(/^text\/event-stream/)
    expect(response.headers['content-encoding']).toBeUndefined()
    await new Promise((resolve) => setTimeout(resolve, 200))
    const notification = await notify('không nén')
    await until(() => chunks.join('').includes(notification.id), 'the event on the raw stream', 5_000)
    response.destroy()
  })

  it('answers a stream without a session with 401 and no events', async () => {
    const response = await fetch(`${server.url}/trpc/realtime.events?input=${encodeURIComponent('{"json":{}}')}`, {
      headers: { accept: 'text/event-stream' },
    })
    const body = await response.text()
    expect(body).toContain('UNAUTHORIZED')
    expect(body).not.toContain('notificationId')
  })
})
