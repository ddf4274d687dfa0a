import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRateLimits, type RateLimits } from '../src/rate-limit/limiters.js'

// The in-memory store is exercised by every auth test; these check the shared stores that
// several server processes use. Redis runs where TEST_REDIS_URL names one (CI sets it).
const redisUrl = process.env.TEST_REDIS_URL

async function exhaust(limits: RateLimits, key: string) {
  // loginFailuresPerAccount allows 10 in 15 minutes
  for (let i = 0; i < 10; i++) await limits.consume('loginFailuresPerAccount', key)
  await expect(limits.consume('loginFailuresPerAccount', key)).rejects.toMatchObject({
    code: 'TOO_MANY_REQUESTS',
    details: { retryAfterSeconds: expect.any(Number) },
  })
  await expect(limits.check('loginFailuresPerAccount', key)).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' })
  await limits.reset('loginFailuresPerAccount', key)
  await limits.check('loginFailuresPerAccount', key)
}

describe('shared rate-limit stores', () => {
  let db: Database
  beforeAll(async () => {
    db = await createTestDatabase()
  })
  afterAll(async () => {
    await db?.close()
  })

  // one embedded connection cannot race with itself; a PostgreSQL server (CI's second pass) can
  it.runIf(process.env.DATABASE_URL)(
    'PostgreSQL: limiters of several processes starting at once share one table',
    async () => {
      // runs first, on a database without the table; each process has its own pool, and every
      // rule of every process needs the table at the same moment
      const pools = Array.from({ length: 8 }, () => new pg.Pool({ connectionString: db.url, max: 9 }))
      try {
        const processes = pools.map((pool) => createRateLimits({ store: 'postgres', pool }))
        await Promise.all(processes.map((limits, i) => limits.consume('loginPerIp', `start-${i}`)))
      } finally {
        await Promise.all(pools.map((pool) => pool.end()))
      }
      const { rows } = await db.pool.query<{ count: number }>(
        "SELECT count(*)::int AS count FROM pg_class WHERE relname = 'rate_limits'",
      )
      expect(rows[0]?.count).toBe(1)
    },
  )

  it('PostgreSQL: counts survive across limiter instances (two server processes)', async () => {
    const first = createRateLimits({ store: 'postgres', pool: db.pool })
    const key = `pg-${Date.now()}`
    for (let i = 0; i < 10; i++) await first.consume('loginFailuresPerAccount', key)
    const second = createRateLimits({ store: 'postgres', pool: db.pool })
    await expect(second.consume('loginFailuresPerAccount', key)).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' })
    await exhaust(second, `${key}-b`)
  })

  it.runIf(redisUrl)('Redis: limits, checks and resets', async () => {
    const limits = createRateLimits({ store: 'redis', redisUrl })
    try {
      await exhaust(limits, `redis-${Date.now()}`)
    } finally {
      await limits.close()
    }
  })
})
