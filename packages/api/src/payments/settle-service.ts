import type { PrismaClient } from '@medbook/db'
import { BOOKING_TRANSACTION } from '../appointments/booking-service.js'
import type { ActivityActor } from '../audit/log-activity.js'
import { logActivity } from '../audit/log-activity.js'
import type { GatewayVerdict } from './gateways/gateway.js'
import { recordPaymentNotification } from './notify.js'
import { receiptPath } from './present.js'
import { requestRefund } from './refund-request.js'

/** What our side made of a gateway's statement; the IPN routes answer with the gateway's code for it. */
export type SettleOutcome = 'ok' | 'already_confirmed' | 'not_found' | 'amount_mismatch'

export interface SettleResult {
  outcome: SettleOutcome
  /** written in the transaction, for dispatchNotifications once it has committed */
  notificationIds: string[]
  /** refunds to execute now (a late or second payment) */
  refundIds: string[]
}

const SYSTEM: ActivityActor = { userId: null, userRole: null, ipAddress: null, userAgent: null }

/**
 * Applies a verified statement from a gateway (IPN, query answer) or a confirmation by staff to
 * one payment. The payment row is locked first, so duplicate and concurrent notices make one
 * change: the first moves it out of "pending", the others find it settled. A payment that
 * arrives for an appointment that was released or already paid is kept and refunded in full,
 * never lost.
 */
export async function settlePayment(
  db: PrismaClient,
  verdict: Extract<GatewayVerdict, { kind: 'paid' | 'failed' }>,
  options: { method: 'vnpay' | 'momo' | 'bank_transfer'; now: Date; actor?: ActivityActor; recordedById?: string },
): Promise<SettleResult> {
  return db.$transaction(async (tx) => {
    const [payment] = await tx.$queryRaw<
      { id: string; status: string; amount: number; paymentMethod: string; appointmentId: string; patientId: string }[]
    >`SELECT id, status, amount, "paymentMethod", "appointmentId", "patientId"
        FROM payments WHERE reference = ${verdict.reference} FOR UPDATE`
    if (!payment || payment.paymentMethod !== options.method) return nothing('not_found')
    if (verdict.amount !== payment.amount) return nothing('amount_mismatch')
    if (payment.status !== 'pending') return nothing('already_confirmed')
    if (verdict.kind === 'failed') {
      await tx.payment.update({
        where: { id: payment.id },
        data: { status: 'failed', gatewayCode: verdict.code, transactionId: verdict.transactionId },
      })
      await tx.appointment.updateMany({
        where: { id: payment.appointmentId, paymentStatus: 'pending' },
        data: { paymentStatus: 'failed' },
      })
      return nothing('ok')
    }
    return recordPaid(tx as PrismaClient, payment, verdict, options)
  }, BOOKING_TRANSACTION)
}

function nothing(outcome: SettleOutcome): SettleResult {
  return { outcome, notificationIds: [], refundIds: [] }
}

async function recordPaid(
  tx: PrismaClient,
  payment: { id: string; appointmentId: string; patientId: string; amount: number },
  verdict: Extract<GatewayVerdict, { kind: 'paid' }>,
  options: { now: Date; actor?: ActivityActor; recordedById?: string },
): Promise<SettleResult> {
  const paid = await tx.payment.update({
    where: { id: payment.id },
    data: {
      status: 'completed',
      transactionId: verdict.transactionId,
      paymentDate: verdict.paidAt,
      gatewayCode: verdict.code,
      receiptUrl: receiptPath(payment.id),
      recordedById: options.recordedById ?? null,
    },
    select: { id: true, patientId: true, reference: true, amount: true },
  })
  const [appointment] = await tx.$queryRaw<{ status: string; paymentStatus: string }[]>`
    SELECT status, "paymentStatus" FROM appointments WHERE id = ${payment.appointmentId}::uuid FOR UPDATE`
  const notificationIds = [await recordPaymentNotification(tx, paid, 'payment_received', paid.amount)]
  await logActivity(tx, options.actor ?? SYSTEM, 'make_payment', {
    paymentId: paid.id,
    appointmentId: payment.appointmentId,
    amount: paid.amount,
  })
  const payable = appointment && ['scheduled', 'completed'].includes(appointment.status)
  if (payable && appointment.paymentStatus !== 'completed' && appointment.paymentStatus !== 'refunded') {
    await tx.appointment.update({
      where: { id: payment.appointmentId },
      data: { paymentStatus: 'completed', paymentId: paid.id, holdExpiresAt: null },
    })
    return { outcome: 'ok', notificationIds, refundIds: [] }
  }
  // the slot was released (or the visit paid another way) before this money arrived
  const refund = await requestRefund(tx, {
    paymentId: paid.id,
    amount: paid.amount,
    kind: payable ? 'duplicate_payment' : 'late_payment',
    reason: payable
      ? 'Lịch khám đã được thanh toán trước đó / The visit was already paid'
      : 'Tiền đến sau khi lịch giữ chỗ đã hết hạn / Paid after the booking was released',
    requestedById: null,
    now: options.now,
  })
  return { outcome: 'ok', notificationIds, refundIds: [refund.id] }
}
