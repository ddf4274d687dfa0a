import { randomUUID } from 'node:crypto'
import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildWorld, type World } from '../../../packages/api/test/support/world.js'
import { createClient, isMedBookError, type MedBookClient } from '../../../packages/sdk/src/index.js'
import { type RunningServer, startServer } from '../src/server.js'

/** A clinic's own software answers the hospital desk's messages through the SDK with a staff API key. */
describe('SDK: the hospital desk’s conversations with a staff API key', () => {
  let db: Database
  let world: World
  let server: RunningServer
  let desk: MedBookClient
  let readOnly: MedBookClient
  let withoutMessages: MedBookClient
  let patient: MedBookClient
  let conversationId = ''

  beforeAll(async () => {
    db = await createTestDatabase()
    world = await buildWorld(db.prisma)
    server = await startServer({ db: db.prisma })
    const sessionToken = await world.sessionFor(world.users.staff.id)
    const session = createClient({ baseUrl: server.url, headers: { authorization: `Bearer ${sessionToken}` } })
    const full = await session.apiKeys.create.mutate({
      name: 'Phần mềm phòng khám',
      scopes: ['messages:read', 'messages:write'],
    })
    const read = await session.apiKeys.create.mutate({ name: 'Báo cáo', scopes: ['messages:read'] })
    const other = await session.apiKeys.create.mutate({ name: 'Lịch', scopes: ['hospital:read'] })
    desk = createClient({ baseUrl: server.url, apiKey: full.secret })
    readOnly = createClient({ baseUrl: server.url, apiKey: read.secret })
    withoutMessages = createClient({ baseUrl: server.url, apiKey: other.secret })
    patient = createClient({ baseUrl: server.url, apiKey: await world.sessionFor(world.users.patient.id) })

    const visit = await world.appointmentOfPatient('future')
    conversationId = (await patient.conversations.start.mutate({ with: 'desk', appointmentId: visit.id })).id
    await patient.conversations.send.mutate({
      conversationId,
      clientMessageId: randomUUID(),
      content: 'Cho em hỏi có cần mang sổ khám cũ không ạ?',
    })
  })
  afterAll(async () => {
    await server?.close()
    await db?.close()
  })

  it('lists the desk’s conversations, reads the messages and sends an answer the patient sees', async () => {
    const unread = await desk.conversations.list.query({ unreadOnly: true })
    expect(unread.items).toEqual([
      expect.objectContaining({
        id: conversationId,
        title: 'Test patient',
        unreadCount: 1,
        hospital: { id: world.hospitalA.id, name: world.hospitalA.name },
      }),
    ])
    expect(await readOnly.conversations.unreadCount.query()).toEqual({ total: 1, conversations: 1 })

    const history = await readOnly.conversations.messages.query({ conversationId })
    expect(history.items.map((m) => [m.senderName, m.content, m.mine])).toEqual([
      ['Test patient', 'Cho em hỏi có cần mang sổ khám cũ không ạ?', false],
    ])
    const [question] = history.items
    await desk.conversations.markRead.mutate({ conversationId, upToMessageId: question?.id ?? '' })

    const clientMessageId = randomUUID()
    const answer = { conversationId, clientMessageId, content: 'Dạ có ạ, anh/chị mang theo giúp phòng khám nhé.' }
    const sent = await desk.conversations.send.mutate(answer)
    // the integration retries a send it never heard back from: the same message
    expect((await desk.conversations.send.mutate(answer)).id).toBe(sent.id)
    expect(sent).toMatchObject({ senderRole: 'hospital', mine: true })

    const seen = await patient.conversations.messages.query({ conversationId })
    expect(seen.items.map((m) => [m.content, m.isRead])).toEqual([
      ['Dạ có ạ, anh/chị mang theo giúp phòng khám nhé.', false],
      ['Cho em hỏi có cần mang sổ khám cũ không ạ?', true],
    ])
    expect(await patient.conversations.unreadCount.query()).toEqual({ total: 1, conversations: 1 })
    expect(await desk.conversations.unreadCount.query()).toEqual({ total: 0, conversations: 0 })
  })

  it('follows the desk live with a messages:read key: a patient’s new message arrives on the stream', async () => {
    const events: Array<{ kind: string; conversationId?: string }> = []
    let started: () => void = () => {}
    const ready = new Promise<void>((resolve) => {
      started = resolve
    })
    const subscription = readOnly.realtime.events.subscribe(
      {},
      { onStarted: () => started(), onData: (event) => events.push(event.data) },
    )
    await ready
    await new Promise((resolve) => setTimeout(resolve, 300))
    const message = await patient.conversations.send.mutate({
      conversationId,
      clientMessageId: randomUUID(),
      content: 'Em đến lúc 8 giờ được không ạ?',
    })
    const deadline = Date.now() + 10_000
    while (!events.some((event) => event.kind === 'message')) {
      if (Date.now() > deadline) throw new Error(`no message event: ${JSON.stringify(events)}`)
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
    expect(events).toContainEqual({ kind: 'message', conversationId, messageId: message.id })
    subscription.unsubscribe()

    const refused = await new Promise<unknown>((resolve) => {
      const attempt = withoutMessages.realtime.events.subscribe({}, { onError: resolve, onData: () => resolve(null) })
      setTimeout(() => attempt.unsubscribe(), 10_000)
    })
    expect(isMedBookError(refused) && refused.data?.code).toBe('FORBIDDEN')
  })

  it('needs the messages scopes: reading with messages:read, writing with messages:write', async () => {
    const refusedWrite = await readOnly.conversations.send
      .mutate({ conversationId, clientMessageId: randomUUID(), content: 'Không được' })
      .catch((error: unknown) => error)
    expect(isMedBookError(refusedWrite) && refusedWrite.data?.code).toBe('FORBIDDEN')
    const refusedRead = await withoutMessages.conversations.list.query({}).catch((error: unknown) => error)
    expect(isMedBookError(refusedRead) && refusedRead.data?.code).toBe('FORBIDDEN')
  })
})
