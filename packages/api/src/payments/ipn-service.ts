import type { PrismaClient } from '@medbook/db'
import { dispatchNotifications } from '../appointments/notify.js'
import type { Services } from '../services.js'
import type { GatewayMethod } from './gateways/gateway.js'
import { executeRefunds } from './refund-executor.js'
import { type SettleOutcome, settlePayment } from './settle-service.js'

export type NotificationOutcome = SettleOutcome | 'bad_signature' | 'error'

/**
 * A gateway's IPN: nothing changes unless its signature and merchant check out; then the
 * payment is settled once (duplicates and concurrent copies find it settled), the patient is
 * told, and a payment that came too late is refunded. The outcome picks the gateway's reply code.
 */
export async function receiveGatewayNotification(
  db: PrismaClient,
  services: Services,
  method: GatewayMethod,
  payload: Record<string, unknown>,
): Promise<NotificationOutcome> {
  const check = services.payments.gateway(method).verifyNotification(payload)
  if (!check.ok) return 'bad_signature'
  const now = services.clock.now()
  try {
    const result = await settlePayment(db, check.verdict, { method, now })
    await dispatchNotifications(db, services, result.notificationIds)
    await executeRefunds(db, services, result.refundIds, now)
    return result.outcome
  } catch (error) {
    console.error('%s IPN for %s: %s', method, check.verdict.reference, error instanceof Error ? error.message : error)
    return 'error'
  }
}
