// npm run bench:live -w @medbook/server
// Live delivery across processes: SUBSCRIPTIONS open Server-Sent Events streams on a PostgreSQL
// server (BENCH_DATABASE_URL, default the local server), split over two API processes: each
// conversation's patient listens on process A, its doctor on process B. Patients send messages
// through process A; the latency is from the send request leaving to the event arriving at the
// doctor's stream on process B. Prints p50/p95/p99 and the memory each open stream costs.
import { randomUUID } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createSession } from '@medbook/api'
import { createTestDatabase } from '@medbook/db/testing'
import superjson from 'superjson'
import { createClient } from '../../../packages/sdk/src/index.js'
import { startChild, stopChild } from '../test/support/child-server.js'
import { formatMs, percentiles } from './stats.js'

const SUBSCRIPTIONS = Number(process.env.BENCH_SUBSCRIPTIONS ?? 1000)
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 1000)
const SENDERS = Number(process.env.BENCH_SENDERS ?? 4)
const PAIRS = SUBSCRIPTIONS / 2

process.env.DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres'
const db = await createTestDatabase()
const tmp = mkdtempSync(path.join(os.tmpdir(), 'medbook-live-bench-'))

console.log(`fixture: ${PAIRS} conversations (a patient and a doctor each) on ${db.url.replace(/\/\/[^@]*@/, '//')}`)
const owner = await db.prisma.user.create({
  data: { role: 'hospital', email: 'owner@live.bench', firstName: 'Bench', lastName: 'Owner' },
})
const hospital = await db.prisma.hospital.create({
  data: {
    userId: owner.id,
    name: 'Bệnh viện Đo Tải',
    type: 'hospital',
    street: '1 Tràng Tiền',
    city: 'Hà Nội',
    latitude: 21.02,
    longitude: 105.85,
    registrationNumber: 'LIVE-BENCH',
    status: 'active',
    verified: true,
  },
})
const pairs = Array.from({ length: PAIRS }, (_, i) => ({
  patientUserId: randomUUID(),
  doctorUserId: randomUUID(),
  conversationId: randomUUID(),
  i,
}))
await db.prisma.user.createMany({
  data: pairs.flatMap((pair) => [
    {
      id: pair.patientUserId,
      role: 'patient' as const,
      email: `p${pair.i}@live.bench`,
      firstName: 'Bệnh',
      lastName: `Nhân ${pair.i}`,
    },
    {
      id: pair.doctorUserId,
      role: 'doctor' as const,
      email: `d${pair.i}@live.bench`,
      firstName: 'Bác',
      lastName: `Sĩ ${pair.i}`,
    },
  ]),
})
await db.prisma.patient.createMany({ data: pairs.map((pair) => ({ userId: pair.patientUserId })) })
await db.prisma.doctor.createMany({
  data: pairs.map((pair) => ({
    userId: pair.doctorUserId,
    hospitalId: hospital.id,
    licenseNumber: `LIVE-${pair.i}`,
    consultationFee: 300_000,
    status: 'approved' as const,
  })),
})
await db.prisma.conversation.createMany({ data: pairs.map((pair) => ({ id: pair.conversationId })) })
await db.prisma.conversationParticipant.createMany({
  data: pairs.flatMap((pair) => [
    { conversationId: pair.conversationId, userId: pair.patientUserId, role: 'patient' as const },
    { conversationId: pair.conversationId, userId: pair.doctorUserId, role: 'doctor' as const },
  ]),
})
const tokens = new Map<string, string>()
for (const pair of pairs) {
  for (const userId of [pair.patientUserId, pair.doctorUserId]) {
    tokens.set(userId, (await createSession(db.prisma, userId, { ipAddress: null, userAgent: null })).token)
  }
}

const env = { DATABASE_URL: db.url, MAIL_OUTBOX_DIR: path.join(tmp, 'outbox'), UPLOADS_DIR: path.join(tmp, 'up') }
const [processA, processB] = await Promise.all([startChild(env), startChild(env)])
const rssMiB = (pid: number | undefined) =>
  Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? Number.NaN) / 1024

// what each doctor's stream on process B is waiting for: conversation → when the send left
const waiting = new Map<string, number>()
const latencies: number[] = []
const delivered = new Map<string, () => void>()
let received = 0

const rssBefore = { a: rssMiB(processA.child.pid), b: rssMiB(processB.child.pid) }
const openStarted = performance.now()
const subscriptions = await Promise.all(
  pairs.flatMap((pair) =>
    [
      { url: processA.url, userId: pair.patientUserId, onMessage: () => {} },
      {
        url: processB.url,
        userId: pair.doctorUserId,
        onMessage: () => {
          const sentAt = waiting.get(pair.conversationId)
          if (sentAt === undefined) return
          waiting.delete(pair.conversationId)
          latencies.push(performance.now() - sentAt)
          received++
          delivered.get(pair.conversationId)?.()
        },
      },
    ].map(
      (stream) =>
        new Promise<{ unsubscribe(): void }>((resolve, reject) => {
          const client = createClient({
            baseUrl: stream.url,
            headers: { authorization: `Bearer ${tokens.get(stream.userId)}` },
          })
          const subscription = client.realtime.events.subscribe(
            {},
            {
              onStarted: () => resolve(subscription),
              onData: (event) => {
                if (event.data.kind === 'message') stream.onMessage()
              },
              onError: reject,
            },
          )
        }),
    ),
  ),
)
const openMs = performance.now() - openStarted
await new Promise((resolve) => setTimeout(resolve, 2000))
const rssAfter = { a: rssMiB(processA.child.pid), b: rssMiB(processB.child.pid) }

async function send(pair: (typeof pairs)[number]) {
  const arrived = new Promise<void>((resolve) => delivered.set(pair.conversationId, resolve))
  waiting.set(pair.conversationId, performance.now())
  const response = await fetch(`${processA.url}/trpc/conversations.send`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.get(pair.patientUserId)}` },
    body: JSON.stringify(
      superjson.serialize({
        conversationId: pair.conversationId,
        clientMessageId: randomUUID(),
        content: 'Chào bác sĩ',
      }),
    ),
  })
  if (!response.ok) throw new Error(`send answered ${response.status}: ${await response.text()}`)
  await response.text()
  // one message in flight per conversation, so each arrival is matched to its send
  await Promise.race([arrived, new Promise((resolve) => setTimeout(resolve, 10_000))])
  delivered.delete(pair.conversationId)
}

let next = 0
const sendStarted = performance.now()
await Promise.all(
  Array.from({ length: SENDERS }, async () => {
    while (next < MESSAGES) {
      const pair = pairs[next++ % PAIRS]
      if (pair) await send(pair)
    }
  }),
)
const sendSeconds = (performance.now() - sendStarted) / 1000

const stats = percentiles(latencies)
console.log(`
streams      ${SUBSCRIPTIONS} open (${PAIRS} on each process), opened in ${(openMs / 1000).toFixed(1)} s
messages     ${MESSAGES} sent through process A by ${SENDERS} senders, ${received} delivered on process B, ${(MESSAGES / sendSeconds).toFixed(0)}/s
fan-out      p50 ${formatMs(stats.p50)}  p95 ${formatMs(stats.p95)}  p99 ${formatMs(stats.p99)}  max ${formatMs(stats.max)}  (send request leaving → event on the other process)
memory       process A ${rssBefore.a.toFixed(0)} → ${rssAfter.a.toFixed(0)} MiB, process B ${rssBefore.b.toFixed(0)} → ${rssAfter.b.toFixed(0)} MiB: ${(((rssAfter.a - rssBefore.a + rssAfter.b - rssBefore.b) * 1024) / SUBSCRIPTIONS).toFixed(1)} KiB per open stream
machine      ${os.cpus().length} cores, Node ${process.version}`)

for (const subscription of subscriptions) subscription.unsubscribe()
await Promise.all([stopChild(processA.child), stopChild(processB.child)])
await db.close()
rmSync(tmp, { recursive: true, force: true })
process.exit(received === MESSAGES ? 0 : 1)
