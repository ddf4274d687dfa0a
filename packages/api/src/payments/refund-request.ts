import type { TRefundKind } from '@medbook/contracts'
import type { PrismaClient } from '@medbook/db'
import { AppError } from '../errors.js'
import { newRefundReference } from './reference.js'

export interface RefundAsk {
  paymentId: string
  amount: number
  kind: TRefundKind
  reason: string
  requestedById: string | null
  now: Date
  /** a staff refund's key: the same key and request return the first refund */
  idempotency?: { key: string; fingerprint: string }
}

/**
 * Writes a pending refund inside the caller's transaction, under the payment's row lock: what
 * is asked never exceeds what was paid less what is already being or has been returned. A
 * payment is refunded automatically at most once (a unique index); asking again returns it.
 */
export async function requestRefund(tx: PrismaClient, ask: RefundAsk): Promise<{ id: string; created: boolean }> {
  if (ask.idempotency && ask.requestedById) {
    const earlier = await tx.paymentRefund.findUnique({
      where: {
        requestedById_idempotencyKey: { requestedById: ask.requestedById, idempotencyKey: ask.idempotency.key },
      },
      select: { id: true, idempotencyFingerprint: true },
    })
    if (earlier) {
      if (earlier.idempotencyFingerprint !== ask.idempotency.fingerprint) {
        throw new AppError('UNPROCESSABLE_CONTENT', 'Idempotency key reused with a different request')
      }
      return { id: earlier.id, created: false }
    }
  }
  const [payment] = await tx.$queryRaw<{ amount: number; status: string }[]>`
    SELECT amount, status FROM payments WHERE id = ${ask.paymentId}::uuid FOR UPDATE`
  if (!payment) throw new AppError('NOT_FOUND', 'No such payment')
  if (ask.kind !== 'staff') {
    const automatic = await tx.paymentRefund.findFirst({
      where: { paymentId: ask.paymentId, kind: { not: 'staff' } },
      select: { id: true },
    })
    if (automatic) return { id: automatic.id, created: false }
  }
  if (payment.status !== 'completed' && payment.status !== 'refunded') {
    throw new AppError('PRECONDITION_FAILED', 'Only a completed payment can be refunded', { reason: 'not_paid' })
  }
  const committed = await tx.paymentRefund.aggregate({
    where: { paymentId: ask.paymentId, status: { in: ['pending', 'completed'] } },
    _sum: { amount: true },
  })
  const refundable = payment.amount - (committed._sum.amount ?? 0)
  if (ask.amount > refundable) {
    throw new AppError('BAD_REQUEST', 'A refund cannot exceed what was paid less earlier refunds', {
      field: 'amount',
      refundable,
    })
  }
  const refund = await tx.paymentRefund.create({
    data: {
      paymentId: ask.paymentId,
      amount: ask.amount,
      reason: ask.reason,
      kind: ask.kind,
      requestReference: newRefundReference(),
      requestedById: ask.requestedById,
      idempotencyKey: ask.idempotency?.key ?? null,
      idempotencyFingerprint: ask.idempotency?.fingerprint ?? null,
      nextAttemptAt: ask.now,
    },
    select: { id: true },
  })
  return { id: refund.id, created: true }
}
