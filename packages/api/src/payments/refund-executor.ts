import type { PrismaClient } from '@medbook/db'
import { dispatchNotifications } from '../appointments/notify.js'
import { logActivity } from '../audit/log-activity.js'
import { releasePromotion } from '../promotions/redemption.js'
import type { Services } from '../services.js'
import { recordPaymentNotification } from './notify.js'

const GATEWAY_METHODS = new Set(['vnpay', 'momo'])
/** a refund whose answer never came is asked again after 1, 5, 15, 60 minutes, then hourly */
const RETRY_MINUTES = [1, 5, 15, 60]

export type RefundProgress = 'completed' | 'failed' | 'retry' | 'manual' | 'skipped'

/**
 * Carries out one pending refund. Through VNPay or MoMo: the refund is claimed first (attempts
 * + 1 and a next attempt pushed back), so two workers never ask the gateway at once; the
 * gateway's answer completes it, refuses it, or — timeout, no answer — leaves it for a retry
 * with the same request id. Money taken at the desk or by transfer goes back by hand: a staff
 * refund is recorded as done, an automatic one waits for staff to mark it done.
 */
export async function executeRefund(
  db: PrismaClient,
  services: Services,
  refundId: string,
  now: Date,
): Promise<RefundProgress> {
  const refund = await db.paymentRefund.findUnique({
    where: { id: refundId },
    select: {
      id: true,
      amount: true,
      kind: true,
      reason: true,
      status: true,
      attempts: true,
      requestReference: true,
      requestedById: true,
      payment: {
        select: {
          paymentMethod: true,
          reference: true,
          transactionId: true,
          amount: true,
          paymentDate: true,
          createdAt: true,
        },
      },
    },
  })
  if (refund?.status !== 'pending') return 'skipped'
  const { payment } = refund
  if (!GATEWAY_METHODS.has(payment.paymentMethod)) {
    if (refund.kind !== 'staff') return 'manual'
    await completeRefund(db, services, refund.id, { gatewayTransactionId: null, code: null, now })
    return 'completed'
  }
  const retryAt = new Date(now.getTime() + (RETRY_MINUTES[refund.attempts] ?? 60) * 60_000)
  const { count } = await db.paymentRefund.updateMany({
    where: { id: refund.id, status: 'pending', OR: [{ nextAttemptAt: null }, { nextAttemptAt: { lte: now } }] },
    data: { attempts: { increment: 1 }, nextAttemptAt: retryAt },
  })
  if (count === 0) return 'skipped'
  const gateway = services.payments.gateway(payment.paymentMethod as 'vnpay' | 'momo')
  const outcome = await gateway.refund({
    reference: payment.reference,
    refundId: refund.requestReference,
    transactionId: payment.transactionId ?? '',
    amount: refund.amount,
    paidAmount: payment.amount,
    createdAt: payment.createdAt,
    paidAt: payment.paymentDate ?? now,
    reason: refund.reason,
    requestedBy: refund.requestedById ?? 'system',
    clientIp: '127.0.0.1',
    requestedAt: now,
  })
  if (outcome.kind === 'refunded') {
    await completeRefund(db, services, refund.id, {
      gatewayTransactionId: outcome.refundTransactionId,
      code: outcome.code,
      now,
    })
    return 'completed'
  }
  if (outcome.kind === 'rejected') {
    await db.paymentRefund.updateMany({
      where: { id: refund.id, status: 'pending' },
      data: {
        status: 'failed',
        gatewayCode: outcome.code,
        failureMessage: outcome.message.slice(0, 500),
        nextAttemptAt: null,
      },
    })
    return 'failed'
  }
  return 'retry'
}

/**
 * Records money returned: the refund completes and the payment's refundAmount grows in the
 * same transaction (the CHECK refuses more than was paid). A refund of everything gives the
 * promotion's use back. The patient is told.
 */
export async function completeRefund(
  db: PrismaClient,
  services: Services,
  refundId: string,
  done: { gatewayTransactionId: string | null; code: string | null; now: Date; byUserId?: string },
): Promise<boolean> {
  const notificationId = await db.$transaction(async (tx) => {
    const { count } = await tx.paymentRefund.updateMany({
      where: { id: refundId, status: 'pending' },
      data: {
        status: 'completed',
        completedAt: done.now,
        gatewayTransactionId: done.gatewayTransactionId,
        gatewayCode: done.code,
        nextAttemptAt: null,
      },
    })
    if (count === 0) return null
    const refund = await tx.paymentRefund.findUniqueOrThrow({
      where: { id: refundId },
      select: { amount: true, reason: true, paymentId: true },
    })
    // refundAmount starts NULL (nothing returned): COALESCE, as Prisma's increment would leave it NULL
    const [payment] = await tx.$queryRaw<
      {
        id: string
        patientId: string
        reference: string
        appointmentId: string
        amount: number
        refundAmount: number
      }[]
    >`UPDATE payments
         SET "refundAmount" = COALESCE("refundAmount", 0) + ${refund.amount}, "refundDate" = ${done.now},
             "refundReason" = ${refund.reason}, status = 'refunded', "updatedAt" = now()
       WHERE id = ${refund.paymentId}::uuid
       RETURNING id, "patientId", reference, "appointmentId", amount, "refundAmount"`
    if (!payment) throw new Error(`refund ${refundId}: its payment is gone`)
    await tx.appointment.updateMany({
      where: { id: payment.appointmentId, paymentId: payment.id },
      data: { paymentStatus: 'refunded' },
    })
    if (payment.refundAmount === payment.amount)
      await releasePromotion(tx as PrismaClient, payment.appointmentId, done.now)
    await logActivity(
      tx,
      { userId: done.byUserId ?? null, userRole: done.byUserId ? 'hospital' : null, ipAddress: null, userAgent: null },
      'refund_payment',
      { paymentId: payment.id, refundId, amount: refund.amount },
    )
    return recordPaymentNotification(tx, payment, 'payment_refunded', refund.amount)
  })
  if (!notificationId) return false
  await dispatchNotifications(db, services, [notificationId])
  return true
}

/** Runs refunds just requested, after their transaction committed; a failure is left to the sweep. */
export async function executeRefunds(db: PrismaClient, services: Services, refundIds: readonly string[], now: Date) {
  for (const refundId of refundIds) {
    await executeRefund(db, services, refundId, now).catch((error: unknown) => {
      console.error('refund %s: %s', refundId, error instanceof Error ? error.message : error)
    })
  }
}
