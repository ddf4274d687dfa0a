import { tmpdir } from 'node:os'
import path from 'node:path'
import type pg from 'pg'
import { listeningSessionCache, noSessionCache, type SessionCache } from './auth/session-cache.js'
import type { ApiConfig } from './config.js'
import { createJobQueue, type JobQueue } from './jobs/queue.js'
import { createMailer, type Mailer } from './mail/mailer.js'
import { defaultPaymentGateways } from './payments/gateways/defaults.js'
import type { PaymentGateways } from './payments/gateways/registry.js'
import { createRateLimits, type RateLimits } from './rate-limit/limiters.js'
import { type LiveEvents, pollingLiveEvents } from './realtime/live-events.js'
import { createSmsSender, type SmsSender } from './sms/sender.js'

/** Everything procedures need besides the database, built once per process and passed in. */
export interface Services {
  config: ApiConfig
  mailer: Mailer
  sms: SmsSender
  rateLimits: RateLimits
  /** background work (notification emails); pg-boss once the job worker runs */
  jobs: JobQueue
  /** what time it is: the wall clock, or a pinned instant in tests of date logic */
  clock: Clock
  /** VNPay and MoMo: real when configured, else the sandbox this server serves */
  payments: PaymentGateways
  /** wakes this process's realtime subscriptions: LISTEN/NOTIFY on a server, polling when embedded */
  live: LiveEvents
  /** validated sessions, invalidated through LISTEN/NOTIFY on a server; none when embedded */
  sessions: SessionCache
}

export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }

/** A clock stopped at `instant` (tests pin the calendar with it). */
export function fixedClock(instant: Date | string): Clock {
  const at = new Date(instant)
  return { now: () => new Date(at) }
}

export function defaultApiConfig(overrides: Partial<ApiConfig> = {}): ApiConfig {
  return {
    appUrl: 'http://localhost:3000',
    portalUrl: 'http://localhost:3000/portal',
    smtpUrl: null,
    mailFrom: 'MedBook <no-reply@medbook.vn>',
    outboxDir: path.join(tmpdir(), 'medbook-outbox'),
    privateFilesDir: path.join(tmpdir(), 'medbook-private'),
    uploadsDir: path.join(tmpdir(), 'medbook-uploads'),
    smsWebhookUrl: null,
    cookieSecure: 'auto',
    allowedOrigins: [],
    rateLimitStore: 'memory',
    redisUrl: null,
    appUrlConfigured: false,
    gateways: { vnpay: null, momo: null },
    ...overrides,
  }
}

export function createServices(
  config: ApiConfig,
  options: { pool?: pg.Pool; clock?: Clock; live?: LiveEvents; sessions?: SessionCache } = {},
): Services {
  const live = options.live ?? pollingLiveEvents()
  // a process that listens for live events on a server also listens for ended sessions
  const sessions = options.sessions ?? (live.connection ? listeningSessionCache(live.connection) : noSessionCache)
  return {
    config,
    mailer: createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, outboxDir: config.outboxDir }),
    sms: createSmsSender({ webhookUrl: config.smsWebhookUrl, outboxDir: config.outboxDir }),
    rateLimits: createRateLimits({ store: config.rateLimitStore, pool: options.pool, redisUrl: config.redisUrl }),
    jobs: createJobQueue(),
    clock: options.clock ?? systemClock,
    payments: defaultPaymentGateways(config.gateways, config.appUrl),
    // main.ts closes `live` on shutdown: the session listener closes with it
    live: sessions === options.sessions ? live : withClose(live, () => sessions.close()),
    sessions,
  }
}

function withClose(live: LiveEvents, alsoClose: () => Promise<void>): LiveEvents {
  return {
    mode: live.mode,
    connection: live.connection,
    watch: (userId, db, wake) => live.watch(userId, db, wake),
    watchers: () => live.watchers(),
    close: async () => {
      await alsoClose()
      await live.close()
    },
  }
}
