import type { Payment, PaymentMethod, PaymentRefund, PaymentStatus } from '../generated/prisma/client.js'
import type { Visit } from './appointments.js'
import { type Random, Weighted } from './random.js'
import { DAY, localDateOf, MINUTE } from './time.js'

const PREPAID_METHODS = new Weighted<PaymentMethod>([
  ['momo', 30],
  ['vnpay', 25],
  ['zalopay', 12],
  ['visa', 18],
  ['mastercard', 8],
  ['bank_transfer', 7],
])

const TRANSACTION_PREFIX: Record<PaymentMethod, string> = {
  momo: 'MOMO',
  vnpay: 'VNP',
  zalopay: 'ZLP',
  visa: 'VISA',
  mastercard: 'MC',
  bank_transfer: 'CK',
  cash: 'TM',
}

/** Numbers transaction ids; one per seed run, so ids are unique and deterministic. */
export class TransactionCounter {
  private next = 1

  take(method: PaymentMethod, at: Date): string {
    return `${TRANSACTION_PREFIX[method]}${localDateOf(at).replaceAll('-', '')}${String(this.next++).padStart(8, '0')}`
  }
}

interface Attempt {
  method: PaymentMethod
  status: PaymentStatus
  at: Date
  refund?: { amount: number; at: Date; reason: string }
}

/**
 * What was paid for a visit. Online consultations are paid ahead; in-person visits are paid
 * ahead or in cash at the counter. A prepaid visit cancelled in time is refunded.
 */
function drawAttempts(random: Random, visit: Visit): Attempt[] {
  const { appointment, now } = visit
  const bookedAt = appointment.createdAt.getTime()
  const prepaidAt = new Date(Math.min(bookedAt + random.int(1, 10) * MINUTE, now.getTime()))
  const online = appointment.type === 'online'
  const prepaid = (): Attempt => ({ method: PREPAID_METHODS.draw(random), status: 'completed', at: prepaidAt })
  switch (appointment.status) {
    case 'completed': {
      if (!online && random.chance(0.55)) {
        const paidAt = new Date(Math.min(appointment.endsAt.getTime() + random.int(5, 20) * MINUTE, now.getTime()))
        return [{ method: 'cash', status: 'completed', at: paidAt }]
      }
      const attempts = random.chance(0.06)
        ? [{ method: PREPAID_METHODS.draw(random), status: 'failed' as const, at: appointment.createdAt }]
        : []
      return [...attempts, prepaid()]
    }
    case 'no_show':
      return online || random.chance(0.4) ? [prepaid()] : []
    case 'scheduled': {
      const draw = random.next()
      if (draw < (online ? 0.85 : 0.45)) return [prepaid()]
      if (draw < (online ? 1 : 0.57))
        return [{ method: PREPAID_METHODS.draw(random), status: 'pending', at: prepaidAt }]
      return []
    }
    case 'cancelled': {
      if (appointment.cancelledBy === 'system') {
        return random.chance(0.6) ? [{ method: PREPAID_METHODS.draw(random), status: 'failed', at: prepaidAt }] : []
      }
      if (!(online || random.chance(0.45))) return []
      const changedAt = visit.changedAt ?? appointment.updatedAt
      const lateByPatient =
        appointment.cancelledBy === 'patient' && appointment.startsAt.getTime() - changedAt.getTime() < DAY
      const attempt = prepaid()
      if (attempt.at > changedAt) attempt.at = changedAt
      return [
        {
          ...attempt,
          status: 'refunded',
          refund: {
            amount: lateByPatient ? Math.round(visit.doctor.fee / 2 / 1000) * 1000 : visit.doctor.fee,
            at: new Date(Math.min(changedAt.getTime() + random.int(1, 3) * DAY, now.getTime())),
            reason: lateByPatient
              ? 'Hủy lịch trong vòng 24 giờ trước giờ khám: hoàn 50%'
              : 'Hoàn tiền do lịch khám bị hủy',
          },
        },
      ]
    }
    default:
      return []
  }
}

export function drawPayments(random: Random, visit: Visit, transactions: TransactionCounter): Payment[] {
  return drawAttempts(random, visit).map((attempt) => {
    const id = random.uuid()
    const settled = attempt.status === 'completed' || attempt.status === 'refunded'
    return {
      id,
      appointmentId: visit.appointment.id,
      patientId: visit.appointment.patientId,
      amount: visit.doctor.fee,
      currency: 'VND',
      paymentMethod: attempt.method,
      transactionId: attempt.status === 'pending' ? null : transactions.take(attempt.method, attempt.at),
      status: attempt.status,
      paymentDate: settled ? attempt.at : null,
      refundAmount: attempt.refund?.amount ?? null,
      refundDate: attempt.refund?.at ?? null,
      refundReason: attempt.refund?.reason ?? null,
      receiptUrl: settled ? `/files/receipts/${id}.pdf` : null,
      createdAt: attempt.at,
      updatedAt: attempt.refund?.at ?? attempt.at,
      hospitalId: visit.appointment.hospitalId,
      reference: seededReference(id),
      expiresAt: null,
      gatewayCode: null,
      recordedById: attempt.method === 'cash' && settled ? visit.doctor.hospitalUserId : null,
    }
  })
}

/** A seeded payment's order reference: its id without dashes, like the migration gives old rows. */
function seededReference(id: string): string {
  return id.replaceAll('-', '').toUpperCase()
}

/** The refund behind each refunded payment, as the policy made it. */
export function drawRefunds(random: Random, payments: readonly Payment[]): PaymentRefund[] {
  return payments.flatMap((payment) => {
    if (!payment.refundAmount || !payment.refundDate) return []
    const id = random.uuid()
    return [
      {
        id,
        paymentId: payment.id,
        amount: payment.refundAmount,
        reason: payment.refundReason ?? 'Hoàn tiền do lịch khám bị hủy',
        kind: 'policy',
        status: 'completed',
        requestReference: `RF${seededReference(id).slice(0, 20)}`,
        gatewayTransactionId: payment.paymentMethod === 'bank_transfer' ? null : `RF${payment.transactionId ?? ''}`,
        gatewayCode: '00',
        failureMessage: null,
        attempts: 1,
        nextAttemptAt: null,
        requestedById: null,
        idempotencyKey: null,
        idempotencyFingerprint: null,
        createdAt: payment.refundDate,
        updatedAt: payment.refundDate,
        completedAt: payment.refundDate,
      },
    ]
  })
}

/** The appointment shows the state of its latest payment (pending until someone pays). */
export function paymentStatusOf(payments: readonly Payment[]): PaymentStatus {
  return payments.at(-1)?.status ?? 'pending'
}
