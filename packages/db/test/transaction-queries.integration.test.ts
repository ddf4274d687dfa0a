import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../src/database.js'
import { createTestDatabase } from '../src/testing.js'

/** pg's warning (an error from pg 9) when a client is handed a query while another waits. */
const OVERLAP = 'client is already executing a query'

describe('queries inside a transaction', () => {
  let db: Database
  const overlaps: string[] = []
  const onWarning = (warning: Error) => {
    if (warning.name === 'DeprecationWarning' && warning.message.includes(OVERLAP))
      overlaps.push(warning.stack ?? warning.message)
  }

  beforeAll(async () => {
    process.on('warning', onWarning)
    db = await createTestDatabase()
    await db.prisma.user.create({
      data: {
        role: 'patient',
        email: 'one-at-a-time@medbook.test',
        firstName: 'Lan',
        lastName: 'Trần',
        patient: { create: {} },
        sessions: { create: [{ id: 'a'.repeat(64), expiresAt: new Date(Date.now() + 3_600_000) }] },
      },
    })
  })
  afterAll(async () => {
    process.off('warning', onWarning)
    await db?.close()
  })

  it("reach the transaction's connection one at a time when Prisma loads several relations at once", async () => {
    // each include is a query of its own, which Prisma's interpreter sends together
    const users = await db.prisma.$transaction((tx) =>
      tx.user.findMany({
        include: { patient: true, doctor: true, hospital: true, sessions: true, notifications: true, apiKeys: true },
      }),
    )
    expect(users).toHaveLength(1)
    expect(users[0]?.sessions).toHaveLength(1)
    expect(users[0]?.patient).not.toBeNull()
    // the warning is emitted on the next tick
    await new Promise((resolve) => setImmediate(resolve))
    expect(overlaps).toEqual([])
  })
})
