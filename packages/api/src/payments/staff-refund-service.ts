import type { PrismaClient } from '@medbook/db'
import { type ActivityActor, logActivity } from '../audit/log-activity.js'
import type { Auth } from '../context.js'
import { isUniqueViolation } from '../db-errors.js'
import { AppError } from '../errors.js'
import type { Services } from '../services.js'
import { visiblePayments } from './access.js'
import { paymentSelect, toPayment } from './present.js'
import { completeRefund, executeRefund } from './refund-executor.js'
import { requestRefund } from './refund-request.js'

export interface StaffRefund {
  paymentId: string
  amount: number
  reason: string
  idempotency: { key: string; fingerprint: string } | undefined
  now: Date
}

/**
 * A refund staff decide (a service not done, a goodwill gesture): requested under the
 * payment's lock within what is left, then carried out at once through the gateway (or
 * recorded as handed back at the desk). A retry with the same key returns the same refund.
 */
export async function refundByStaff(
  db: PrismaClient,
  services: Services,
  auth: Auth,
  actor: ActivityActor,
  ask: StaffRefund,
) {
  const visible = await db.payment.findFirst({
    where: { id: ask.paymentId, ...visiblePayments(auth) },
    select: { id: true },
  })
  if (!visible) throw new AppError('NOT_FOUND', 'No such payment')
  const request = () =>
    db.$transaction(async (tx) => {
      const requested = await requestRefund(tx as PrismaClient, {
        paymentId: ask.paymentId,
        amount: ask.amount,
        kind: 'staff',
        reason: ask.reason,
        requestedById: auth.user.id,
        idempotency: ask.idempotency,
        now: ask.now,
      })
      if (requested.created) {
        await logActivity(tx, actor, 'request_refund', {
          paymentId: ask.paymentId,
          refundId: requested.id,
          amount: ask.amount,
        })
      }
      return requested
    })
  // a concurrent copy of this request (same key) committed first: asking again finds it
  const refund = await request().catch((error: unknown) => {
    if (isUniqueViolation(error, 'idempotencyKey')) return request()
    throw error
  })
  const progress = await executeRefund(db, services, refund.id, ask.now)
  // a retry while the first copy is still asking the gateway answers what the first answers
  if (progress === 'skipped' && !refund.created) await untilNotPending(db, refund.id)
  return toPayment(await db.payment.findUniqueOrThrow({ where: { id: ask.paymentId }, select: paymentSelect }))
}

const IN_FLIGHT_WAIT_MS = 10_000

/** Waits, a bounded time, for a refund another request is carrying out to complete or fail. */
async function untilNotPending(db: PrismaClient, refundId: string) {
  const deadline = Date.now() + IN_FLIGHT_WAIT_MS
  for (;;) {
    const refund = await db.paymentRefund.findUnique({ where: { id: refundId }, select: { status: true } })
    if (refund?.status !== 'pending' || Date.now() > deadline) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** Staff mark an automatic refund of desk or transfer money as handed back. */
export async function completeManualRefund(
  db: PrismaClient,
  services: Services,
  auth: Auth,
  refundId: string,
  now: Date,
) {
  const refund = await db.paymentRefund.findFirst({
    where: { id: refundId, payment: visiblePayments(auth) },
    select: { status: true, paymentId: true, payment: { select: { paymentMethod: true } } },
  })
  if (!refund) throw new AppError('NOT_FOUND', 'No such refund')
  if (refund.payment.paymentMethod === 'vnpay' || refund.payment.paymentMethod === 'momo') {
    throw new AppError('PRECONDITION_FAILED', 'This refund goes back through the gateway', { reason: 'gateway_refund' })
  }
  if (refund.status !== 'pending') {
    throw new AppError('CONFLICT', 'This refund is already closed', { reason: 'not_pending' })
  }
  await completeRefund(db, services, refundId, { gatewayTransactionId: null, code: null, now, byUserId: auth.user.id })
  return toPayment(await db.payment.findUniqueOrThrow({ where: { id: refund.paymentId }, select: paymentSelect }))
}
