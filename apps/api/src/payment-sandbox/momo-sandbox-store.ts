import { randomBytes } from 'node:crypto'
import type { MomoLang } from './momo-sandbox-codes.js'

export interface SandboxRefund {
  orderId: string
  requestId: string
  amount: number
  /** the payment's transId */
  paymentTransId: number
  transId: number
  createdTime: number
}

export interface SandboxOrder {
  token: string
  orderId: string
  requestId: string
  amount: number
  orderInfo: string
  redirectUrl: string
  ipnUrl: string
  extraData: string
  lang: MomoLang
  status: 'pending' | 'paid' | 'failed'
  resultCode: number
  /** 0 until the payer acts */
  transId: number
  payType: string
  responseTime: number
  refunds: SandboxRefund[]
}

/** What the sandbox remembers, in memory only: orders by orderId and pay token, refunds by their orderId. */
export function createSandboxStore() {
  const orders = new Map<string, SandboxOrder>()
  const byToken = new Map<string, SandboxOrder>()
  const byTransId = new Map<number, SandboxOrder>()
  const refunds = new Map<string, SandboxRefund>()
  // MoMo transIds are 10-digit numbers
  let lastTransId = 4_000_000_000 + randomBytes(3).readUIntBE(0, 3)

  return {
    orderIdTaken: (orderId: string) => orders.has(orderId) || refunds.has(orderId),
    order: (orderId: string) => orders.get(orderId),
    orderByToken: (token: string) => byToken.get(token),
    paymentByTransId: (transId: number) => byTransId.get(transId),
    refund: (orderId: string) => refunds.get(orderId),
    nextTransId: () => ++lastTransId,

    addOrder(
      fields: Omit<
        SandboxOrder,
        'token' | 'status' | 'resultCode' | 'transId' | 'payType' | 'responseTime' | 'refunds'
      >,
    ) {
      const order: SandboxOrder = {
        ...fields,
        token: randomBytes(18).toString('base64url'),
        status: 'pending',
        resultCode: 1000,
        transId: 0,
        payType: '',
        responseTime: Date.now(),
        refunds: [],
      }
      orders.set(order.orderId, order)
      byToken.set(order.token, order)
      return order
    },

    settle(order: SandboxOrder, outcome: 'paid' | 'failed', resultCode: number) {
      order.status = outcome
      order.resultCode = resultCode
      order.transId = ++lastTransId
      order.payType = 'qr'
      order.responseTime = Date.now()
      byTransId.set(order.transId, order)
    },

    addRefund(order: SandboxOrder, refund: SandboxRefund) {
      order.refunds.push(refund)
      refunds.set(refund.orderId, refund)
    },
  }
}

export type SandboxStore = ReturnType<typeof createSandboxStore>

export function refundedSoFar(order: SandboxOrder): number {
  return order.refunds.reduce((sum, refund) => sum + refund.amount, 0)
}
