import { PrismaPg } from '@prisma/adapter-pg'
import pg from 'pg'
import { PrismaClient } from './generated/prisma/client.js'
import { oneQueryAtATimePerTransaction } from './one-query-at-a-time.js'

export interface ConnectedClient {
  prisma: PrismaClient
  /** the same pool Prisma uses, for COPY and raw SQL */
  pool: pg.Pool
  close(): Promise<void>
}

export function connectPrisma(url: string, options: { maxConnections?: number } = {}): ConnectedClient {
  const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 10 })
  // An idle pooled connection that the server closes (restart, failover, a dropped test
  // database) emits 'error' on the pool; unhandled, that would crash the process. The pool
  // discards the connection and opens a new one when next needed.
  pool.on('error', (error: Error & { code?: string }) => {
    if (error.code !== '57P01') console.warn(`database connection lost: ${error.message}`)
  })
  const prisma = new PrismaClient({ adapter: oneQueryAtATimePerTransaction(new PrismaPg(pool)) })
  return {
    prisma,
    pool,
    async close() {
      await prisma.$disconnect()
      await pool.end()
    },
  }
}
