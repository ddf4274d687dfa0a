import { z } from 'zod'
import { ZChargeKind, ZPaymentMethod, ZPaymentStatus, ZRefundKind, ZRefundStatus } from './enums.js'
import { ZIsoDate } from './json-shapes.js'
import { MAX_CONSULTATION_FEE } from './money.js'
import { ZCursorPageInput, ZPage } from './pagination.js'

/** The most one visit can cost: its consultation and up to MAX_CHARGE_SERVICES services. */
export const MAX_CHARGE_SERVICES = 10
export const MAX_VISIT_TOTAL = MAX_CONSULTATION_FEE * (MAX_CHARGE_SERVICES + 1)

/** How a patient pays online from the app: a gateway, or a bank transfer by VietQR. */
export const ZOnlinePaymentMethod = z.enum(['vnpay', 'momo', 'bank_transfer'])
/** What staff take at the desk. */
export const ZDeskPaymentMethod = z.enum(['cash', 'visa', 'mastercard'])

const ZAmount = z.number().int().min(0).max(MAX_VISIT_TOTAL)

export const ZCharge = z.object({
  kind: ZChargeKind,
  /** the service's name at booking time; the consultation line is named by the app */
  description: z.string(),
  hospitalServiceId: z.string().uuid().nullable(),
  amount: ZAmount,
})

/** What a visit costs: its lines, the promotion's discount, the total. */
export const ZBill = z.object({
  charges: z.array(ZCharge),
  subtotal: ZAmount,
  discount: z.object({ code: z.string(), amount: ZAmount }).nullable(),
  total: ZAmount,
})

export const ZHospitalServiceIds = z.array(z.string().uuid()).max(MAX_CHARGE_SERVICES).default([])
export const ZPromotionCode = z
  .string()
  .trim()
  .min(3)
  .max(32)
  .transform((code) => code.toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9_-]+$/, 'invalid_code'))

export const ZQuoteInput = z.object({
  doctorId: z.string().uuid(),
  type: z.enum(['in_person', 'online']),
  hospitalServiceIds: ZHospitalServiceIds,
  promotionCode: ZPromotionCode.optional(),
})

export const ZQuote = ZBill.extend({
  /** the booking must be paid online before its hold runs out */
  prepaymentRequired: z.boolean(),
  holdMinutes: z.number().int(),
  /** set when a code was given and cannot be used, with the reason */
  promotionRefusal: z.string().nullable(),
})

export const ZRefund = z.object({
  id: z.string().uuid(),
  amount: ZAmount,
  reason: z.string(),
  kind: ZRefundKind,
  status: ZRefundStatus,
  failureMessage: z.string().nullable(),
  createdAt: z.date(),
  completedAt: z.date().nullable(),
})

export const ZPayment = z.object({
  id: z.string().uuid(),
  reference: z.string(),
  appointmentId: z.string().uuid(),
  appointmentStartsAt: z.date(),
  timeZone: z.string(),
  hospital: z.object({ id: z.string().uuid(), name: z.string() }),
  doctor: z.object({ id: z.string().uuid(), name: z.string() }),
  patient: z.object({ id: z.string().uuid(), name: z.string() }),
  amount: ZAmount,
  currency: z.enum(['VND', 'USD']),
  paymentMethod: ZPaymentMethod,
  status: ZPaymentStatus,
  transactionId: z.string().nullable(),
  paymentDate: z.date().nullable(),
  refundAmount: ZAmount.nullable(),
  refundDate: z.date().nullable(),
  refundReason: z.string().nullable(),
  /** "/files/receipts/<id>.pdf": the patient and the hospital's staff may open it */
  receiptUrl: z.string().nullable(),
  expiresAt: z.date().nullable(),
  createdAt: z.date(),
  refunds: z.array(ZRefund),
})

export const ZBankTransferInstructions = z.object({
  bankName: z.string(),
  bankBin: z.string(),
  accountNumber: z.string(),
  accountName: z.string(),
  amount: ZAmount,
  /** to be typed as the transfer's content: it is how the payment is found */
  reference: z.string(),
  /** the EMVCo VietQR payload, and the same as an SVG QR code */
  qrPayload: z.string(),
  qrSvg: z.string(),
})

export const ZStartPaymentInput = z.object({
  appointmentId: z.string().uuid(),
  method: ZOnlinePaymentMethod,
  locale: z.enum(['vi', 'en']).default('vi'),
})

export const ZStartedPayment = z.object({
  payment: ZPayment,
  /** VNPay / MoMo: where to send the patient's browser */
  redirectUrl: z.string().nullable(),
  transfer: ZBankTransferInstructions.nullable(),
})

export const ZMyPaymentsInput = ZCursorPageInput
export const ZPaymentPage = ZPage(ZPayment)

export const ZRefundPreviewInput = z.object({ appointmentId: z.string().uuid() })
export const ZRefundPreview = z.object({
  paid: ZAmount,
  refundAmount: ZAmount,
  percent: z.number().int().min(0).max(100),
  /** which rule gave the percentage */
  rule: z.enum(['nothing_paid', 'provider_cancelled', 'tier', 'too_late']),
  /** the tier that applied: at least this many hours before the visit */
  minHoursBefore: z.number().int().nullable(),
  method: ZPaymentMethod.nullable(),
})

export const ZRecordDeskPaymentInput = z.object({
  appointmentId: z.string().uuid(),
  method: ZDeskPaymentMethod,
  /** what the desk took: must be the appointment's total */
  amount: ZAmount,
})

export const ZRefundInput = z.object({
  paymentId: z.string().uuid(),
  amount: z.number().int().min(1).max(MAX_VISIT_TOTAL),
  reason: z.string().trim().min(3, 'reason_required').max(500),
  /** the same key returns the same refund when the request is retried */
  idempotencyKey: z.string().trim().min(8).max(100),
})

export const ZHospitalPaymentsInput = ZCursorPageInput.extend({
  status: ZPaymentStatus.optional(),
  method: ZPaymentMethod.optional(),
  from: ZIsoDate.optional(),
  to: ZIsoDate.optional(),
  /** reference, transaction id or patient name */
  search: z.string().trim().max(100).optional(),
})

/** Sums over every payment a filter matches, not only the page on screen. */
export const ZFilteredPaymentTotals = z.object({
  count: z.number().int().min(0),
  /** completed payments and those later refunded */
  collected: z.number().int().min(0),
  refunded: z.number().int().min(0),
  pending: z.number().int().min(0),
  net: z.number().int(),
})
export type TFilteredPaymentTotals = z.infer<typeof ZFilteredPaymentTotals>

export const ZStatementImportInput = z.object({
  /** a bank statement exported as CSV (UTF-8), at most 2 MB */
  csv: z.string().min(1).max(2_000_000),
})

export const ZStatementImportResult = z.object({
  confirmed: z.array(
    z.object({ paymentId: z.string().uuid(), reference: z.string(), amount: ZAmount, line: z.number() }),
  ),
  wrongAmount: z.array(
    z.object({
      paymentId: z.string().uuid(),
      reference: z.string(),
      expected: ZAmount,
      received: ZAmount,
      line: z.number(),
    }),
  ),
  unmatched: z.number().int(),
  errors: z.array(z.object({ line: z.number(), message: z.string() })),
})

export const ZPlatformPaymentsInput = z.object({ from: ZIsoDate, to: ZIsoDate })
export const ZPaymentTotals = z.object({
  count: z.number().int(),
  amount: z.number().int(),
  refunded: z.number().int(),
})
export const ZPlatformPaymentsOverview = z.object({
  totals: ZPaymentTotals,
  byMethod: z.array(ZPaymentTotals.extend({ method: ZPaymentMethod })),
  byStatus: z.array(z.object({ status: ZPaymentStatus, count: z.number().int() })),
  byHospital: z.array(ZPaymentTotals.extend({ hospital: z.object({ id: z.string().uuid(), name: z.string() }) })),
  pendingOlderThanReconcile: z.number().int(),
})

/** Refund policy: a share of what was paid by hours before the visit; provider cancellations in full. */
export const ZRefundPolicy = z
  .object({
    tiers: z
      .array(
        z.object({
          minHoursBefore: z
            .number()
            .int()
            .min(0)
            .max(24 * 60),
          percent: z.number().int().min(0).max(100),
        }),
      )
      .max(10),
    providerCancellationPercent: z.number().int().min(0).max(100),
  })
  .refine(
    (policy) =>
      policy.tiers.every((tier, i) => i === 0 || (policy.tiers[i - 1]?.minHoursBefore ?? 0) > tier.minHoursBefore),
    { message: 'tiers_must_go_down', path: ['tiers'] },
  )

export type TCharge = z.infer<typeof ZCharge>
export type TBill = z.infer<typeof ZBill>
export type TQuote = z.infer<typeof ZQuote>
export type TPayment = z.infer<typeof ZPayment>
export type TRefund = z.infer<typeof ZRefund>
export type TRefundPolicy = z.infer<typeof ZRefundPolicy>
export type TRefundPreview = z.infer<typeof ZRefundPreview>
export type TOnlinePaymentMethod = z.infer<typeof ZOnlinePaymentMethod>
export type TStartedPayment = z.infer<typeof ZStartedPayment>
export type TRefundKind = z.infer<typeof ZRefundKind>
