import type { PrismaClient } from '@medbook/db'
import { dispatchNotifications } from '../appointments/notify.js'
import { executeRefund, executeRefunds } from '../payments/refund-executor.js'
import { settlePayment } from '../payments/settle-service.js'
import type { Services } from '../services.js'
import { readSettings } from '../settings/service.js'
import type { SweepOptions } from './reminders.js'

/**
 * Asks VNPay or MoMo about online payments still pending after the reconcile delay (the IPN
 * never came, or came while we were down). Only a verified answer changes a payment: paid or
 * failed settles it like an IPN; "not found" closes it as failed once its link has expired;
 * no answer (timeout) leaves it pending for the next sweep — never failed by guess.
 */
export async function reconcilePendingPayments(
  db: PrismaClient,
  services: Services,
  options: SweepOptions = {},
): Promise<number> {
  const now = options.now ?? new Date()
  const settings = await readSettings(db)
  const stale = new Date(now.getTime() - settings['payments.reconcileAfterMinutes'] * 60_000)
  const pending = await db.payment.findMany({
    where: { status: 'pending', paymentMethod: { in: ['vnpay', 'momo'] }, createdAt: { lte: stale } },
    select: { id: true, reference: true, amount: true, paymentMethod: true, createdAt: true, expiresAt: true },
    orderBy: { createdAt: 'asc' },
    take: options.limit ?? 100,
  })
  let settled = 0
  for (const payment of pending) {
    if (options.signal?.aborted) break
    const method = payment.paymentMethod as 'vnpay' | 'momo'
    const answer = await services.payments.gateway(method).query({
      reference: payment.reference,
      createdAt: payment.createdAt,
      transactionId: null,
      clientIp: '127.0.0.1',
      requestedAt: now,
    })
    if (answer.kind === 'paid' || answer.kind === 'failed') {
      const result = await settlePayment(db, answer, { method, now })
      await dispatchNotifications(db, services, result.notificationIds)
      await executeRefunds(db, services, result.refundIds, now)
      if (result.outcome === 'ok') settled++
    } else if (answer.kind === 'not_found' && payment.expiresAt && payment.expiresAt < now) {
      const { count } = await db.payment.updateMany({
        where: { id: payment.id, status: 'pending' },
        data: { status: 'failed', gatewayCode: answer.code },
      })
      settled += count
    }
  }
  return settled
}

/** Retries gateway refunds whose answer never came, each when its next attempt is due. */
export async function retryPendingRefunds(db: PrismaClient, services: Services, options: SweepOptions = {}) {
  const now = options.now ?? new Date()
  const due = await db.paymentRefund.findMany({
    where: {
      status: 'pending',
      nextAttemptAt: { lte: now },
      payment: { paymentMethod: { in: ['vnpay', 'momo'] } },
    },
    select: { id: true },
    orderBy: { nextAttemptAt: 'asc' },
    take: options.limit ?? 100,
  })
  let completed = 0
  for (const refund of due) {
    if (options.signal?.aborted) break
    if ((await executeRefund(db, services, refund.id, now)) === 'completed') completed++
  }
  return completed
}
