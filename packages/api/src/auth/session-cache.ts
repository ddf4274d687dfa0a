import { randomUUID } from 'node:crypto'
import pg from 'pg'
import type { SessionUser } from './sessions.js'

/**
 * The channel the session triggers notify (migration session_cache_invalidation): `s:<session id>`
 * when a session row is deleted, `u:<user id>` when anything a SessionUser is built from changes.
 * `b:<uuid>` is a barrier a process sends itself (settle).
 */
export const SESSIONS_CHANNEL = 'medbook_sessions'
const TTL_MS = 30_000
const MAX_ENTRIES = 20_000
const SETTLE_TIMEOUT_MS = 2_000

export interface CachedSession {
  id: string
  expiresAt: Date
  lastUsedAt: Date
  user: SessionUser
}

/**
 * Validated sessions kept by this process, dropped the moment PostgreSQL says a session ended or
 * its user changed. While the listening connection is down nothing is cached or served (fail
 * closed: every request reads the database).
 */
export interface SessionCache {
  readonly mode: 'listen' | 'off'
  get(id: string): CachedSession | null
  /** taken before reading a session from the database; `put` keeps the row only if no invalidation arrived since */
  ticket(): number
  put(ticket: number, entry: CachedSession): void
  /**
   * Resolves once this process has applied every invalidation committed before the call (a
   * barrier notification: PostgreSQL delivers a channel's notifications in commit order). A
   * procedure that ends sessions awaits it before answering, so the caller's next request,
   * on any process, finds the session gone: every listener receives the same notifications at
   * commit, and a receiver applies them synchronously as they are read.
   */
  settle(): Promise<void>
  /** cached sessions (tests and benchmarks) */
  size(): number
  close(): Promise<void>
}

/** No cache: the embedded database (it cannot deliver NOTIFY through its socket) and tests. */
export const noSessionCache: SessionCache = {
  mode: 'off',
  get: () => null,
  ticket: () => 0,
  put() {},
  settle: async () => {},
  size: () => 0,
  close: async () => {},
}

class Entries {
  private readonly byId = new Map<string, CachedSession & { cachedAt: number }>()
  private readonly byUser = new Map<string, Set<string>>()

  get(id: string, now: number): CachedSession | null {
    const entry = this.byId.get(id)
    if (!entry) return null
    if (now - entry.cachedAt > TTL_MS) {
      this.forgetSession(id)
      return null
    }
    return entry
  }

  put(entry: CachedSession, now: number) {
    if (this.byId.size >= MAX_ENTRIES) {
      const oldest = this.byId.keys().next().value
      if (oldest) this.forgetSession(oldest)
    }
    this.forgetSession(entry.id)
    this.byId.set(entry.id, { ...entry, cachedAt: now })
    const ids = this.byUser.get(entry.user.id) ?? new Set<string>()
    ids.add(entry.id)
    this.byUser.set(entry.user.id, ids)
  }

  forgetSession(id: string) {
    const entry = this.byId.get(id)
    if (!entry) return
    this.byId.delete(id)
    const ids = this.byUser.get(entry.user.id)
    ids?.delete(id)
    if (ids?.size === 0) this.byUser.delete(entry.user.id)
  }

  forgetUser(userId: string) {
    for (const id of this.byUser.get(userId) ?? []) this.byId.delete(id)
    this.byUser.delete(userId)
  }

  clear() {
    this.byId.clear()
    this.byUser.clear()
  }

  get size() {
    return this.byId.size
  }
}

/**
 * A PostgreSQL server: one connection per process LISTENs on medbook_sessions (opened at once,
 * reopened with back-off like the live-events listener). Losing it clears the cache.
 */
export function listeningSessionCache(connection: pg.ClientConfig): SessionCache {
  const entries = new Entries()
  const barriers = new Map<string, () => void>()
  // moves with every invalidation and every change of connection: a read that started before one is not cached
  let generation = 0
  let client: pg.Client | null = null
  let connecting: Promise<void> | null = null
  let retryTimer: NodeJS.Timeout | null = null
  let retryDelay = 500
  let closed = false

  function invalidate(payload: string) {
    generation++
    const [kind, value] = [payload.slice(0, 2), payload.slice(2)]
    if (kind === 's:') entries.forgetSession(value)
    else if (kind === 'u:') entries.forgetUser(value)
    else if (kind === 'b:') barriers.get(value)?.()
  }

  function lost(which: pg.Client) {
    if (client === which) client = null
    generation++
    entries.clear()
    for (const release of barriers.values()) release()
    which.end().catch(() => {})
    scheduleReconnect()
  }

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
        if (message.channel === SESSIONS_CHANNEL && message.payload) invalidate(message.payload)
      })
      next.on('error', () => lost(next))
      next.on('end', () => lost(next))
      try {
        await next.connect()
        await next.query(`LISTEN ${SESSIONS_CHANNEL}`)
        generation++
        client = next
        retryDelay = 500
      } catch {
        await next.end().catch(() => {})
        scheduleReconnect()
      }
    })().finally(() => {
      connecting = null
    })
    return connecting
  }

  void connect()

  return {
    mode: 'listen',
    get: (id) => (client ? entries.get(id, Date.now()) : null),
    ticket: () => generation,
    put(ticket, entry) {
      if (client && ticket === generation) entries.put(entry, Date.now())
    },
    async settle() {
      const listener = client
      if (!listener) return
      const token = randomUUID()
      await new Promise<void>((resolve) => {
        const timer = setTimeout(release, SETTLE_TIMEOUT_MS)
        function release() {
          clearTimeout(timer)
          barriers.delete(token)
          resolve()
        }
        barriers.set(token, release)
        listener.query('SELECT pg_notify($1, $2)', [SESSIONS_CHANNEL, `b:${token}`]).catch(release)
      })
    },
    size: () => entries.size,
    async close() {
      closed = true
      if (retryTimer) clearTimeout(retryTimer)
      await connecting
      const last = client
      client = null
      entries.clear()
      await last?.end().catch(() => {})
    },
  }
}
