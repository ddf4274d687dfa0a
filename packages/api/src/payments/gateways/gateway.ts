/**
 * What MedBook needs from an online payment gateway (VNPay, MoMo). Each gateway module
 * speaks its published protocol (signing, field names, reply codes) and answers in these
 * terms; nothing outside the module knows a gateway's field names.
 */
export type GatewayMethod = 'vnpay' | 'momo'

export interface CheckoutRequest {
  /** our order reference (vnp_TxnRef, MoMo orderId): [A-Za-z0-9], at most 32 characters, unique */
  reference: string
  /** integer VND, > 0 */
  amount: number
  /** shown to the payer; ASCII without diacritics is safest for every gateway, ≤ 200 characters */
  description: string
  /** where the payer's browser is sent back (shows the result, never changes state) */
  returnUrl: string
  /** our IPN endpoint (MoMo takes it per request; VNPay's is set in its merchant portal, the sandbox reads it from here) */
  notifyUrl: string
  clientIp: string
  locale: 'vi' | 'en'
  createdAt: Date
  /** the payment link stops working after this instant */
  expiresAt: Date
}

export interface CheckoutLink {
  redirectUrl: string
}

/** A gateway's signed statement about one payment, after its signature was checked. */
export type GatewayVerdict =
  | { kind: 'paid'; reference: string; amount: number; transactionId: string; paidAt: Date; code: string }
  | { kind: 'failed'; reference: string; amount: number; transactionId: string | null; code: string }
  /** query only: the gateway has not finished with it yet */
  | { kind: 'pending'; reference: string; code: string }
  /** query only: the gateway never saw this reference */
  | { kind: 'not_found'; reference: string; code: string }

export type CallbackCheck =
  | { ok: true; verdict: Extract<GatewayVerdict, { kind: 'paid' | 'failed' }> }
  | { ok: false; reason: 'bad_signature' | 'wrong_merchant' | 'malformed' }

export interface QueryRequest {
  reference: string
  /** when our payment was created (VNPay's vnp_TransactionDate) */
  createdAt: Date
  /** the gateway's transaction id, when one is known */
  transactionId: string | null
  clientIp: string
  requestedAt: Date
}

export interface RefundRequest {
  reference: string
  /** unique per refund attempt (vnp_RequestId / MoMo's refund orderId); a retry of one refund reuses it */
  refundId: string
  transactionId: string
  amount: number
  /** the amount originally paid: a refund of all of it is "full", less is "partial" */
  paidAmount: number
  /** when our payment was created (VNPay's vnp_TransactionDate: it finds the payment by this and the reference) */
  createdAt: Date
  paidAt: Date
  reason: string
  /** the user (or "system") asking, as the gateway wants it recorded */
  requestedBy: string
  clientIp: string
  requestedAt: Date
}

export type RefundOutcome =
  | { kind: 'refunded'; refundTransactionId: string; code: string }
  /** the gateway answered and said no: do not retry blindly */
  | { kind: 'rejected'; code: string; message: string }
  /** timeout, network error, unreadable or unsigned answer: retry later with the same refundId */
  | { kind: 'unknown'; message: string }

export type QueryOutcome = GatewayVerdict | { kind: 'unknown'; message: string }

export interface PaymentGateway {
  method: GatewayMethod
  createCheckout(request: CheckoutRequest): Promise<CheckoutLink>
  /** an IPN as received: VNPay sends query parameters, MoMo a JSON body */
  verifyNotification(payload: Record<string, unknown>): CallbackCheck
  /** the return URL's parameters, checked the same way (for display only) */
  verifyReturn(payload: Record<string, unknown>): CallbackCheck
  query(request: QueryRequest): Promise<QueryOutcome>
  refund(request: RefundRequest): Promise<RefundOutcome>
}
