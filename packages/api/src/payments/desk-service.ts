import { randomUUID } from 'node:crypto'
import type { PrismaClient } from '@medbook/db'
import { BOOKING_TRANSACTION } from '../appointments/booking-service.js'
import { type ActivityActor, logActivity } from '../audit/log-activity.js'
import type { Auth } from '../context.js'
import { isUniqueViolation } from '../db-errors.js'
import { AppError } from '../errors.js'
import { visiblePayments } from './access.js'
import { recordPaymentNotification } from './notify.js'
import { type PaymentRow, paymentSelect, receiptPath } from './present.js'
import { type SettleResult, settlePayment } from './settle-service.js'
import { transferReference } from './transfers/vietqr.js'

export interface DeskPayment {
  hospitalId: string
  staffUserId: string
  actor: ActivityActor
  appointmentId: string
  method: 'cash' | 'visa' | 'mastercard'
  amount: number
  now: Date
}

/**
 * Staff record money taken at the desk (cash, or a card on the clinic's own terminal): the
 * payment is completed at once and settles the visit. The appointment row is locked, so two
 * clicks (or two desks) record one payment; a retry by the same person with the same method
 * and amount gets the first one back.
 */
export async function recordDeskPayment(
  db: PrismaClient,
  desk: DeskPayment,
): Promise<{ payment: PaymentRow; notificationIds: string[] }> {
  return db.$transaction(async (tx) => {
    const [appointment] = await tx.$queryRaw<
      {
        id: string
        status: string
        paymentStatus: string
        paymentId: string | null
        totalAmount: number
        patientId: string
      }[]
    >`SELECT id, status, "paymentStatus", "paymentId", "totalAmount", "patientId" FROM appointments
       WHERE id = ${desk.appointmentId}::uuid AND "hospitalId" = ${desk.hospitalId}::uuid FOR UPDATE`
    if (!appointment) throw new AppError('NOT_FOUND', 'No such appointment')
    if (appointment.paymentStatus === 'completed' || appointment.paymentStatus === 'refunded') {
      const earlier = appointment.paymentId
        ? await tx.payment.findUnique({ where: { id: appointment.paymentId }, select: paymentSelect })
        : null
      const sameRequest =
        earlier?.paymentMethod === desk.method && earlier.amount === desk.amount && earlier.status === 'completed'
      if (earlier && sameRequest && earlier.recordedById === desk.staffUserId) {
        return { payment: earlier, notificationIds: [] }
      }
      throw new AppError('CONFLICT', 'This visit is already paid', { reason: 'already_paid' })
    }
    if (!['scheduled', 'completed'].includes(appointment.status)) {
      throw new AppError('PRECONDITION_FAILED', 'Only a booked or completed visit can be paid', {
        reason: 'not_payable',
      })
    }
    if (desk.amount !== appointment.totalAmount) {
      throw new AppError('BAD_REQUEST', 'The amount must be the visit’s total', {
        field: 'amount',
        expected: appointment.totalAmount,
      })
    }
    const id = randomUUID()
    const payment = await tx.payment.create({
      data: {
        id,
        appointmentId: appointment.id,
        patientId: appointment.patientId,
        hospitalId: desk.hospitalId,
        amount: desk.amount,
        paymentMethod: desk.method,
        reference: transferReference(id),
        status: 'completed',
        transactionId: null,
        paymentDate: desk.now,
        receiptUrl: receiptPath(id),
        recordedById: desk.staffUserId,
      },
      select: paymentSelect,
    })
    await tx.appointment.update({
      where: { id: appointment.id },
      data: { paymentStatus: 'completed', paymentId: payment.id, holdExpiresAt: null },
    })
    await logActivity(tx, desk.actor, 'record_desk_payment', {
      paymentId: payment.id,
      appointmentId: appointment.id,
      method: desk.method,
      amount: desk.amount,
    })
    const noticeId = await recordPaymentNotification(tx, payment, 'payment_received', payment.amount)
    return { payment, notificationIds: [noticeId] }
  }, BOOKING_TRANSACTION)
}

/**
 * Staff (or an admin) confirm that a transfer arrived: the same settlement as a gateway's IPN,
 * so a transfer confirmed twice, or confirmed after its booking was released, is handled the
 * same way (once; refunded in full if its slot is gone).
 */
export async function confirmTransfer(
  db: PrismaClient,
  auth: Auth,
  actor: ActivityActor,
  input: { paymentId: string; amount?: number; bankReference?: string | null },
  now: Date,
): Promise<SettleResult & { payment: PaymentRow }> {
  const payment = await db.payment.findFirst({
    where: { id: input.paymentId, ...visiblePayments(auth) },
    select: paymentSelect,
  })
  if (!payment) throw new AppError('NOT_FOUND', 'No such payment')
  if (payment.paymentMethod !== 'bank_transfer') {
    throw new AppError('PRECONDITION_FAILED', 'Only a bank transfer is confirmed by hand', { reason: 'not_a_transfer' })
  }
  const result = await settlePayment(
    db,
    {
      kind: 'paid',
      reference: payment.reference,
      amount: input.amount ?? payment.amount,
      transactionId: input.bankReference ?? `CK${payment.reference}`,
      paidAt: now,
      code: 'manual',
    },
    { method: 'bank_transfer', now, actor, recordedById: auth.user.id },
  ).catch((error: unknown) => {
    // the bank's reference was already used by another transfer
    if (isUniqueViolation(error, 'transactionId')) {
      throw new AppError('CONFLICT', 'That bank reference already confirmed another payment', {
        field: 'bankReference',
      })
    }
    throw error
  })
  if (result.outcome === 'already_confirmed') {
    throw new AppError('CONFLICT', 'This transfer was already confirmed or closed', { reason: 'already_confirmed' })
  }
  if (result.outcome === 'amount_mismatch') {
    throw new AppError('BAD_REQUEST', 'The amount received differs from the amount due', { reason: 'amount_mismatch' })
  }
  await logActivity(db, actor, 'confirm_transfer', { paymentId: payment.id })
  const confirmed = await db.payment.findUniqueOrThrow({ where: { id: payment.id }, select: paymentSelect })
  return { ...result, payment: confirmed }
}
