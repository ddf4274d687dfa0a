import { z } from 'zod'

const vnd = z.number().int().safe()

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/** What a receipt shows: the lead's service reads it from the payment and its appointment. */
export const ZReceiptData = z.object({
  receiptNumber: z.string().min(1).max(40),
  issuedAt: z.date(),
  /** IANA zone of the hospital, e.g. Asia/Ho_Chi_Minh: every time on the receipt is on its clock */
  timeZone: z.string().refine(isTimeZone, 'not an IANA time zone'),
  hospital: z.object({ name: z.string().min(1), address: z.string(), phoneNumber: z.string().nullable() }),
  patient: z.object({ name: z.string().min(1), phoneNumber: z.string().nullable(), email: z.string().nullable() }),
  /** the family member the visit is for, when not the paying patient */
  visitFor: z.string().nullable(),
  visit: z.object({ doctorName: z.string().min(1), startsAt: z.date(), type: z.enum(['in_person', 'online']) }),
  lines: z
    .array(z.object({ description: z.string().min(1).max(200), amount: vnd }))
    .min(1)
    .max(50),
  subtotal: vnd,
  discount: z.object({ code: z.string().min(1), amount: vnd.nonnegative() }).nullable(),
  total: vnd,
  method: z.enum(['visa', 'mastercard', 'momo', 'vnpay', 'zalopay', 'bank_transfer', 'cash']),
  transactionId: z.string().nullable(),
  paidAt: z.date().nullable(),
  status: z.enum(['pending', 'completed', 'failed', 'refunded']),
  refunds: z.array(z.object({ amount: vnd.positive(), at: z.date(), reason: z.string().max(500) })).max(50),
})

export type ReceiptData = z.infer<typeof ZReceiptData>
