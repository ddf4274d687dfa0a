import type { TRealtimeEvent } from '@medbook/contracts'
import type { PrismaClient } from '@medbook/db'
import { tracked } from '@trpc/server'
import type { Auth } from '../context.js'
import type { LiveEvents } from './live-events.js'

/** Events read per query; a client far behind gets the rest in the next reads. */
const BATCH = 200
/** How often an idle stream checks that its session (or API key) is still good. */
const RECHECK_AUTH_MS = 30_000

/** Resolves when woken, or after `ms`, or when the stream is aborted; a wake-up before waiting is kept. */
function wakeSignal() {
  let woken = false
  let resolve: (() => void) | null = null
  return {
    wake() {
      woken = true
      resolve?.()
    },
    wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
      if (woken || signal?.aborted) {
        woken = false
        return Promise.resolve()
      }
      return new Promise<void>((done) => {
        const finish = () => {
          clearTimeout(timer)
          signal?.removeEventListener('abort', finish)
          resolve = null
          woken = false
          done()
        }
        const timer = setTimeout(finish, ms)
        signal?.addEventListener('abort', finish, { once: true })
        resolve = finish
      })
    },
  }
}

/** A session logged out, expired or of a blocked account, or a revoked API key, ends the stream. */
async function stillSignedIn(db: PrismaClient, auth: Auth, now: Date): Promise<boolean> {
  if (auth.apiKey) {
    const key = await db.apiKey.findFirst({
      where: {
        id: auth.apiKey.id,
        revokedAt: null,
        OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
        user: { status: 'active' },
      },
      select: { id: true },
    })
    return key !== null
  }
  if (!auth.sessionId) return false
  const session = await db.session.findFirst({
    where: { id: auth.sessionId, expiresAt: { gt: now }, user: { status: 'active' } },
    select: { id: true },
  })
  return session !== null
}

async function latestSeq(db: PrismaClient, userId: string): Promise<bigint> {
  const counter = await db.userEventCounter.findUnique({ where: { userId }, select: { seq: true } })
  return counter?.seq ?? 0n
}

/**
 * The signed-in user's live events, each tracked by its number in the user's own sequence:
 * tRPC sends the last one back as lastEventId when it reconnects, and the stream goes on from
 * there, so nothing is missed and nothing comes twice. Without one it starts from now.
 */
export async function* userEventStream(options: {
  db: PrismaClient
  live: LiveEvents
  auth: Auth
  lastEventId: string | null | undefined
  signal: AbortSignal | undefined
  now: () => Date
  recheckAuthMs?: number
}) {
  const { db, live, auth, signal } = options
  const userId = auth.user.id
  const recheckAuthMs = options.recheckAuthMs ?? RECHECK_AUTH_MS
  const woken = wakeSignal()
  // watch before reading the starting point: an event committed in between still wakes the loop
  const unwatch = live.watch(userId, db, woken.wake)
  try {
    let last = options.lastEventId ? BigInt(options.lastEventId) : await latestSeq(db, userId)
    let checkedAt = Date.now()
    while (!signal?.aborted) {
      const rows = await db.userEvent.findMany({
        where: { userId, seq: { gt: last } },
        orderBy: { seq: 'asc' },
        take: BATCH,
        select: { seq: true, kind: true, payload: true },
      })
      for (const row of rows) {
        last = row.seq
        yield tracked(row.seq.toString(), { kind: row.kind, ...(row.payload as object) } as TRealtimeEvent)
      }
      if (rows.length === BATCH) continue
      await woken.wait(recheckAuthMs, signal)
      if (Date.now() - checkedAt >= recheckAuthMs) {
        if (!(await stillSignedIn(db, auth, options.now()))) return
        checkedAt = Date.now()
      }
    }
  } finally {
    unwatch()
  }
}
