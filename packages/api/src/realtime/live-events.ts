import type { PrismaClient } from '@medbook/db'
import pg from 'pg'

/** The channel medbook_emit() notifies with a recipient's user id when their events commit. */
export const LIVE_EVENTS_CHANNEL = 'medbook_events'

/**
 * Tells this process's open subscriptions that a user may have new events. The events
 * themselves are read from user_events (by sequence number), so a wake-up carries nothing but
 * the user id, and a missed or doubled wake-up only costs a read.
 */
export interface LiveEvents {
  readonly mode: 'listen' | 'poll'
  /** the server a listening process connects to (the session cache listens there too) */
  readonly connection?: pg.ClientConfig
  /** calls `wake` whenever `userId` may have new events; returns the function that stops it */
  watch(userId: string, db: PrismaClient, wake: () => void): () => void
  /** open subscriptions in this process */
  watchers(): number
  close(): Promise<void>
}

type Wake = () => void

class Watchers {
  private readonly byUser = new Map<string, Set<Wake>>()
  count = 0

  add(userId: string, wake: Wake): () => void {
    const set = this.byUser.get(userId) ?? new Set<Wake>()
    this.byUser.set(userId, set)
    set.add(wake)
    this.count++
    return () => {
      if (!set.delete(wake)) return
      this.count--
      if (set.size === 0) this.byUser.delete(userId)
    }
  }

  wake(userId: string) {
    // a slow subscriber only delays itself: each wake-up just resolves that subscription's wait
    for (const wake of this.byUser.get(userId) ?? []) wake()
  }

  wakeAll() {
    for (const userId of this.byUser.keys()) this.wake(userId)
  }

  users(): string[] {
    return [...this.byUser.keys()]
  }
}

/**
 * A PostgreSQL server: one dedicated connection per process LISTENs on medbook_events, so a
 * change committed by any API process reaches the subscribers of every process. A lost
 * connection is reopened with back-off, and everyone is woken to read what they missed.
 */
export function listeningLiveEvents(connection: pg.ClientConfig): LiveEvents {
  const watchers = new Watchers()
  let client: pg.Client | null = null
  let connecting: Promise<void> | null = null
  let retryTimer: NodeJS.Timeout | null = null
  let retryDelay = 500
  let closed = false

  function scheduleReconnect() {
    if (closed || retryTimer) return
    retryTimer = setTimeout(() => {
      retryTimer = null
      void connect()
    }, retryDelay)
    retryDelay = Math.min(retryDelay * 2, 10_000)
  }

  async function connect(): Promise<void> {
    if (closed || client) return
    connecting ??= (async () => {
      const next = new pg.Client(connection)
      next.on('notification', (message) => {
        if (message.payload) watchers.wake(message.payload)
      })
      next.on('error', () => {
        if (client === next) client = null
        next.end().catch(() => {})
        scheduleReconnect()
      })
      try {
        await next.connect()
        await next.query(`LISTEN ${LIVE_EVENTS_CHANNEL}`)
        client = next
        retryDelay = 500
        // whatever committed while no connection listened is read now
        watchers.wakeAll()
      } catch {
        await next.end().catch(() => {})
        scheduleReconnect()
      }
    })().finally(() => {
      connecting = null
    })
    return connecting
  }

  return {
    mode: 'listen',
    connection,
    watch(userId, _db, wake) {
      void connect()
      return watchers.add(userId, wake)
    },
    watchers: () => watchers.count,
    async close() {
      closed = true
      if (retryTimer) clearTimeout(retryTimer)
      await connecting
      await client?.end().catch(() => {})
      client = null
    },
  }
}

/**
 * The embedded database is one process and cannot deliver NOTIFY through its socket: the
 * subscribers' counters are read every `intervalMs` while anyone is subscribed (one small query
 * for all of them), and a user whose counter moved is woken.
 */
export function pollingLiveEvents(intervalMs = 250): LiveEvents {
  const watchers = new Watchers()
  const seen = new Map<string, bigint>()
  let db: PrismaClient | null = null
  let timer: NodeJS.Timeout | null = null
  let polling: Promise<void> | null = null

  async function poll() {
    const users = watchers.users()
    if (!db || users.length === 0) return
    const rows = await db.userEventCounter.findMany({
      where: { userId: { in: users } },
      select: { userId: true, seq: true },
    })
    for (const row of rows) {
      if (seen.get(row.userId) !== row.seq) watchers.wake(row.userId)
      seen.set(row.userId, row.seq)
    }
  }

  function tick() {
    timer = null
    polling = poll()
      .catch(() => {})
      .finally(() => {
        polling = null
        if (watchers.count > 0) timer = setTimeout(tick, intervalMs)
      })
  }

  return {
    mode: 'poll',
    watch(userId, database, wake) {
      db ??= database
      const stop = watchers.add(userId, wake)
      if (!timer && !polling) timer = setTimeout(tick, intervalMs)
      return () => {
        stop()
        if (watchers.count === 0) seen.clear()
      }
    },
    watchers: () => watchers.count,
    async close() {
      if (timer) clearTimeout(timer)
      timer = null
      await polling
    },
  }
}
