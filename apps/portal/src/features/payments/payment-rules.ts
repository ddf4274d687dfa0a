import type { TPayment, TRefund } from '@medbook/contracts'

/** Methods whose refunds go back through a gateway; the others are handed back by hand. */
const GATEWAY_METHODS = new Set<TPayment['paymentMethod']>(['vnpay', 'momo'])

/** What is left to refund: paid, less refunds completed or still under way (the API's own rule). */
export function refundable(payment: TPayment): number {
  if (payment.status !== 'completed' && payment.status !== 'refunded') return 0
  const committed = payment.refunds
    .filter((refund) => refund.status === 'pending' || refund.status === 'completed')
    .reduce((sum, refund) => sum + refund.amount, 0)
  return Math.max(0, payment.amount - committed)
}

export function canConfirmTransfer(payment: TPayment): boolean {
  return payment.paymentMethod === 'bank_transfer' && payment.status === 'pending'
}

/** Automatic refunds of desk or transfer money wait for staff to say they handed it back. */
export function pendingManualRefunds(payment: TPayment): TRefund[] {
  if (GATEWAY_METHODS.has(payment.paymentMethod)) return []
  return payment.refunds.filter((refund) => refund.status === 'pending')
}
