import type { TPayment } from '@medbook/contracts'
import type { Prisma, PrismaClient } from '@medbook/db'
import { localToInstant, shiftDate } from '../availability/local-time.js'
import type { Auth } from '../context.js'
import { decodeKeysetCursor, encodeKeysetCursor } from '../pagination.js'
import { escapeLike } from '../safe-text.js'
import { visiblePayments } from './access.js'
import { paymentSelect, toPayment } from './present.js'

export interface PaymentFilters {
  status?: TPayment['status']
  method?: TPayment['paymentMethod']
  /** hospital-local days, inclusive, on the payment's creation */
  from?: string
  to?: string
  search?: string
  hospitalId?: string
}

export const DEFAULT_ZONE = 'Asia/Ho_Chi_Minh'

/** The filters as a where clause, inside what the caller may see. */
export function paymentsWhere(auth: Auth, filters: PaymentFilters, timeZone: string): Prisma.PaymentWhereInput {
  const search = filters.search?.trim()
  return {
    AND: [
      visiblePayments(auth),
      filters.hospitalId ? { hospitalId: filters.hospitalId } : {},
      filters.status ? { status: filters.status } : {},
      filters.method ? { paymentMethod: filters.method } : {},
      filters.from ? { createdAt: { gte: localToInstant(filters.from, '00:00', timeZone) } } : {},
      filters.to ? { createdAt: { lt: localToInstant(shiftDate(filters.to, 1), '00:00', timeZone) } } : {},
      search
        ? {
            OR: [
              { reference: { equals: search.toUpperCase() } },
              { transactionId: { equals: search } },
              { patient: { user: { lastName: { contains: escapeLike(search), mode: 'insensitive' } } } },
              { patient: { user: { firstName: { contains: escapeLike(search), mode: 'insensitive' } } } },
            ],
          }
        : {},
    ],
  }
}

/** Count and sums of every payment the filter matches, in one aggregate per status group. */
export async function paymentTotals(db: PrismaClient, where: Prisma.PaymentWhereInput) {
  const groups = await db.payment.groupBy({
    by: ['status'],
    where,
    _count: { _all: true },
    _sum: { amount: true, refundAmount: true },
  })
  const of = (...statuses: TPayment['status'][]) => groups.filter((group) => statuses.includes(group.status))
  const collected = of('completed', 'refunded').reduce((sum, group) => sum + (group._sum.amount ?? 0), 0)
  const refunded = of('completed', 'refunded').reduce((sum, group) => sum + (group._sum.refundAmount ?? 0), 0)
  return {
    count: groups.reduce((sum, group) => sum + group._count._all, 0),
    collected,
    refunded,
    pending: of('pending').reduce((sum, group) => sum + (group._sum.amount ?? 0), 0),
    net: collected - refunded,
  }
}

/** Newest first, by keyset (createdAt, id). */
export async function listPayments(
  db: PrismaClient,
  where: Prisma.PaymentWhereInput,
  page: { cursor?: string; limit: number },
) {
  const after = page.cursor ? decodeKeysetCursor(page.cursor) : null
  const afterAt = after?.createdAt && after.id ? new Date(after.createdAt) : null
  const rows = await db.payment.findMany({
    where: {
      AND: [
        where,
        afterAt && after?.id
          ? { OR: [{ createdAt: { lt: afterAt } }, { createdAt: afterAt, id: { lt: after.id } }] }
          : {},
      ],
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: page.limit + 1,
    select: paymentSelect,
  })
  const items = rows.slice(0, page.limit)
  const last = items.at(-1)
  return {
    items: items.map(toPayment),
    nextCursor:
      rows.length > page.limit && last
        ? encodeKeysetCursor({ createdAt: last.createdAt.toISOString(), id: last.id })
        : null,
  }
}
