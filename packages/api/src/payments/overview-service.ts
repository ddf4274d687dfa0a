import type { PrismaClient } from '@medbook/db'
import { localToInstant, shiftDate } from '../availability/local-time.js'
import { readSettings } from '../settings/service.js'
import { DEFAULT_ZONE } from './list-service.js'

interface TotalsRow {
  key: string
  count: bigint
  amount: bigint | null
  refunded: bigint | null
}

const totals = (row: TotalsRow) => ({
  count: Number(row.count),
  amount: Number(row.amount ?? 0),
  refunded: Number(row.refunded ?? 0),
})

/**
 * The platform's money over Vietnamese days [from, to]: what was taken (completed or later
 * refunded, by payment date) and what went back, by method and by hospital; attempts by
 * status (by creation); and how many online payments still wait past the reconcile delay.
 */
export async function platformOverview(db: PrismaClient, range: { from: string; to: string }, now: Date) {
  const start = localToInstant(range.from, '00:00', DEFAULT_ZONE)
  const end = localToInstant(shiftDate(range.to, 1), '00:00', DEFAULT_ZONE)
  const settled = (column: 'paymentMethod' | 'hospitalId') =>
    db.$queryRawUnsafe<TotalsRow[]>(
      `SELECT "${column}"::text AS key, count(*) AS count, sum(amount) AS amount, sum(COALESCE("refundAmount", 0)) AS refunded
       FROM payments
      WHERE status IN ('completed', 'refunded') AND "paymentDate" >= $1 AND "paymentDate" < $2
      GROUP BY 1 ORDER BY sum(amount) DESC`,
      start,
      end,
    )
  const [byMethod, byHospital, byStatus, settings] = await Promise.all([
    settled('paymentMethod'),
    settled('hospitalId'),
    db.$queryRaw<{ status: string; count: bigint }[]>`
      SELECT status::text AS status, count(*) AS count FROM payments
       WHERE "createdAt" >= ${start} AND "createdAt" < ${end} GROUP BY 1 ORDER BY 1`,
    readSettings(db),
  ])
  const stale = new Date(now.getTime() - settings['payments.reconcileAfterMinutes'] * 60_000)
  const pendingOlderThanReconcile = await db.payment.count({
    where: { status: 'pending', paymentMethod: { in: ['vnpay', 'momo'] }, createdAt: { lt: stale } },
  })
  const hospitals = await db.hospital.findMany({
    where: { id: { in: byHospital.map((row) => row.key) } },
    select: { id: true, name: true },
  })
  const names = new Map(hospitals.map((hospital) => [hospital.id, hospital.name]))
  const all = byMethod.reduce(
    (sum, row) => {
      const t = totals(row)
      return { count: sum.count + t.count, amount: sum.amount + t.amount, refunded: sum.refunded + t.refunded }
    },
    { count: 0, amount: 0, refunded: 0 },
  )
  return {
    totals: all,
    byMethod: byMethod.map((row) => ({ method: row.key as never, ...totals(row) })),
    byStatus: byStatus.map((row) => ({ status: row.status as never, count: Number(row.count) })),
    byHospital: byHospital.slice(0, 20).map((row) => ({
      hospital: { id: row.key, name: names.get(row.key) ?? '' },
      ...totals(row),
    })),
    pendingOlderThanReconcile,
  }
}
