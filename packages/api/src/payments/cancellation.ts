import type { PrismaClient } from '@medbook/db'
import { releasePromotion } from '../promotions/redemption.js'
import { readSettings } from '../settings/service.js'
import { type Cancellation, refundForCancellation } from './refund-policy.js'
import { requestRefund } from './refund-request.js'

export interface CancelledVisit {
  appointmentId: string
  startsAt: Date
  by: Cancellation['by']
  now: Date
}

/** What a cancellation would return, by the written policy, before the patient confirms it. */
export async function previewCancellationRefund(db: PrismaClient, visit: CancelledVisit) {
  const settings = await readSettings(db)
  const paid = await paidAndNotReturned(db, visit.appointmentId)
  return refundForCancellation(settings['payments.refundPolicy'], {
    paid: paid?.remaining ?? 0,
    startsAt: visit.startsAt,
    at: visit.now,
    by: visit.by,
    method: paid?.method ?? null,
  })
}

/**
 * Inside the cancelling transaction: a paid visit gets its policy refund requested (executed
 * once the cancellation commits); an unpaid one gives its promotion use back at once.
 */
export async function settleCancellation(tx: PrismaClient, visit: CancelledVisit): Promise<string[]> {
  const preview = await previewCancellationRefund(tx, visit)
  const paid = await paidAndNotReturned(tx, visit.appointmentId)
  if (!paid) {
    await releasePromotion(tx, visit.appointmentId, visit.now)
    return []
  }
  if (preview.refundAmount === 0) return []
  const refund = await requestRefund(tx, {
    paymentId: paid.paymentId,
    amount: preview.refundAmount,
    kind: 'policy',
    reason:
      preview.rule === 'provider_cancelled'
        ? `Cơ sở hủy lịch: hoàn ${preview.percent}% / Cancelled by the provider: ${preview.percent}% back`
        : `Hủy trước ${preview.minHoursBefore} giờ: hoàn ${preview.percent}% / Cancelled at least ${preview.minHoursBefore} h before: ${preview.percent}% back`,
    requestedById: null,
    now: visit.now,
  })
  return refund.created ? [refund.id] : []
}

async function paidAndNotReturned(db: PrismaClient, appointmentId: string) {
  const appointment = await db.appointment.findUnique({
    where: { id: appointmentId },
    select: {
      paymentStatus: true,
      payment: { select: { id: true, amount: true, paymentMethod: true, status: true, refundAmount: true } },
    },
  })
  const payment = appointment?.payment
  if (!payment || (payment.status !== 'completed' && payment.status !== 'refunded')) return null
  return {
    paymentId: payment.id,
    method: payment.paymentMethod,
    remaining: payment.amount - (payment.refundAmount ?? 0),
  }
}
