import { Redis } from 'ioredis'
import type pg from 'pg'
import {
  type IRateLimiterOptions,
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible'
import { AppError } from '../errors.js'

/** The limits on guessable endpoints, per IP address and per account identifier. */
const RULES = {
  loginPerIp: { points: 30, duration: 15 * 60 },
  loginFailuresPerAccount: { points: 10, duration: 15 * 60 },
  verifyPerIp: { points: 30, duration: 15 * 60 },
  verifyPerAccount: { points: 10, duration: 15 * 60 },
  resendPerAccount: { points: 5, duration: 60 * 60 },
  resendPerIp: { points: 20, duration: 60 * 60 },
  resetPerIp: { points: 10, duration: 60 * 60 },
  resetPerAccount: { points: 3, duration: 60 * 60 },
  signupPerIp: { points: 20, duration: 60 * 60 },
} satisfies Record<string, { points: number; duration: number }>

export type RateLimitRule = keyof typeof RULES

export interface RateLimits {
  /** counts one attempt; throws TOO_MANY_REQUESTS (with retryAfterSeconds) past the limit */
  consume(rule: RateLimitRule, key: string): Promise<void>
  /** throws like consume when the limit is already spent, without counting an attempt */
  check(rule: RateLimitRule, key: string): Promise<void>
  /** forgets the attempts, e.g. failed logins after a successful one */
  reset(rule: RateLimitRule, key: string): Promise<void>
  close(): Promise<void>
}

const RATE_LIMIT_TABLE = 'rate_limits'

/**
 * Creates the shared table once, under a lock. Left to the library, every limiter (one per
 * rule, in every process) runs its own CREATE TABLE IF NOT EXISTS at the same moment, and
 * PostgreSQL answers the losers with "type rate_limits already exists".
 */
async function createRateLimitTable(pool: pg.Pool): Promise<void> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('medbook.${RATE_LIMIT_TABLE}'))`)
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${RATE_LIMIT_TABLE} (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`,
    )
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    client.release()
  }
}

export function createRateLimits(options: {
  store: 'memory' | 'postgres' | 'redis'
  pool?: pg.Pool
  redisUrl?: string | null
}): RateLimits {
  let redis: Redis | null = null
  // a shared store is usable once connected (Redis) or once its table exists (PostgreSQL)
  const pending: Array<Promise<unknown>> = []
  let tableReady: Promise<void> | null = null
  const make = (name: string, rule: { points: number; duration: number }): RateLimiterAbstract => {
    const base: IRateLimiterOptions = { keyPrefix: `medbook_${name}`, ...rule }
    if (options.store === 'redis') {
      if (!redis) {
        const client = new Redis(options.redisUrl ?? '', { enableOfflineQueue: false })
        redis = client
        pending.push(
          new Promise((resolve, reject) => {
            client.once('ready', resolve)
            client.once('error', reject)
          }),
        )
      }
      return new RateLimiterRedis({ ...base, storeClient: redis })
    }
    if (options.store === 'postgres') {
      const pool = options.pool
      if (!pool) throw new Error('the postgres rate-limit store needs a pool')
      if (!tableReady) {
        tableReady = createRateLimitTable(pool)
        pending.push(tableReady)
      }
      return new RateLimiterPostgres({
        ...base,
        storeClient: pool,
        storeType: 'pool',
        tableName: RATE_LIMIT_TABLE,
        tableCreated: true,
      })
    }
    return new RateLimiterMemory(base)
  }
  const limiters = Object.fromEntries(Object.entries(RULES).map(([name, rule]) => [name, make(name, rule)])) as Record<
    RateLimitRule,
    RateLimiterAbstract
  >
  const tooMany = (msBeforeNext: number) => {
    const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000))
    return new AppError('TOO_MANY_REQUESTS', `Too many attempts. Try again in ${retryAfterSeconds} seconds.`, {
      retryAfterSeconds,
    })
  }
  const ready = Promise.all(pending)
  ready.catch(() => {})
  return {
    async consume(rule, key) {
      await ready
      try {
        await limiters[rule].consume(key)
      } catch (error) {
        if (error instanceof RateLimiterRes) throw tooMany(error.msBeforeNext)
        throw error
      }
    },
    async check(rule, key) {
      await ready
      const state = await limiters[rule].get(key)
      if (state && state.consumedPoints >= RULES[rule].points) throw tooMany(state.msBeforeNext)
    },
    async reset(rule, key) {
      await ready
      await limiters[rule].delete(key)
    },
    async close() {
      await redis?.quit()
    },
  }
}
