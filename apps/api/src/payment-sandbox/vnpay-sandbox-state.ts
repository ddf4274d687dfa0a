/** What the sandbox remembers, in memory, for the life of the process. */

export interface SandboxRefund {
  requestId: string
  /** hundredths of a dong, as VNPay counts */
  amount: number
  transactionNo: string
  transactionType: '02' | '03'
}

export interface SandboxPayment {
  txnRef: string
  /** hundredths of a dong */
  amount: number
  orderInfo: string
  /** the pay request's vnp_CreateDate: querydr and refund name the payment by it (vnp_TransactionDate) */
  createDate: string
  status: 'pending' | 'paid' | 'cancelled'
  transactionNo: string
  bankCode: string
  payDate: string
  refunds: SandboxRefund[]
  /** what the merchant's IPN endpoint answered, or why it did not */
  ipnReply: string | null
}

export interface SandboxState {
  payments: Map<string, SandboxPayment>
  /** vnp_RequestId of every querydr/refund seen: VNPay refuses a repeat (94) */
  requestIds: Set<string>
  nextTransactionNo(): string
}

export function createSandboxState(): SandboxState {
  let lastTransactionNo = 14_000_000
  return {
    payments: new Map(),
    requestIds: new Set(),
    nextTransactionNo: () => String(++lastTransactionNo),
  }
}

export function refundedAmount(payment: SandboxPayment): number {
  return payment.refunds.reduce((sum, refund) => sum + refund.amount, 0)
}
