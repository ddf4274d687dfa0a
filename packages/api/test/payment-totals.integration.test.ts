import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServices, defaultApiConfig, type Services } from '../src/index.js'
import { callerFor } from './support/callers.js'
import { buildWorld, VISIT_PRICE, type World } from './support/world.js'

describe('payment totals', () => {
  let db: Database
  let world: World
  let services: Services

  beforeAll(async () => {
    db = await createTestDatabase()
    world = await buildWorld(db.prisma)
    services = createServices(defaultApiConfig())
  })
  afterAll(async () => {
    await db?.close()
  })

  it('sums every payment the filters match, across pages, and only the caller’s hospital', async () => {
    const paid = []
    for (let i = 0; i < 3; i++) paid.push(await world.paymentOfPatient('cash'))
    await world.paymentOfPatient('pending_transfer')
    await db.prisma.payment.update({
      where: { id: paid[0]?.id },
      data: { status: 'refunded', refundAmount: 50_000, refundDate: new Date(), refundReason: 'Bỏ xét nghiệm' },
    })
    const staff = await callerFor(db.prisma, services, await world.sessionFor(world.users.staff.id))
    const page = await staff.payments.list({ limit: 2 })
    expect(page.items).toHaveLength(2)
    expect(await staff.payments.totals({})).toEqual({
      count: 4,
      collected: 3 * VISIT_PRICE,
      refunded: 50_000,
      pending: VISIT_PRICE,
      net: 3 * VISIT_PRICE - 50_000,
    })
    expect(await staff.payments.totals({ method: 'bank_transfer' })).toMatchObject({ count: 1, collected: 0 })
    const otherStaff = await callerFor(db.prisma, services, await world.sessionFor(world.users.otherStaff.id))
    expect(await otherStaff.payments.totals({})).toEqual({ count: 0, collected: 0, refunded: 0, pending: 0, net: 0 })
  })
})
