import type { PrismaClient } from '@medbook/db'
import { fullName } from '../appointments/present.js'
import type { Auth } from '../context.js'
import { visiblePayments } from './access.js'
import { type ReceiptData, receiptFileName, renderReceiptPdf } from './receipts/receipt-pdf.js'

/**
 * A payment's receipt as a PDF, for its patient and the hospital's staff only (not admins, not
 * doctors, not API keys without payments:read); null for anyone else or a payment that was
 * never made, so the route answers the same 404 either way.
 */
export async function receiptFor(
  db: PrismaClient,
  auth: Auth,
  paymentId: string,
  locale: 'vi' | 'en',
): Promise<{ pdf: Buffer; fileName: string } | null> {
  if (auth.user.role !== 'patient' && auth.user.role !== 'hospital') return null
  const payment = await db.payment.findFirst({
    where: { id: paymentId, ...visiblePayments(auth), status: { in: ['completed', 'refunded'] } },
    select: {
      reference: true,
      amount: true,
      paymentMethod: true,
      transactionId: true,
      paymentDate: true,
      status: true,
      createdAt: true,
      hospital: { select: { name: true, street: true, city: true, timeZone: true, contactInfo: true } },
      patient: { select: { user: { select: { firstName: true, lastName: true, phoneNumber: true, email: true } } } },
      refunds: { where: { status: 'completed' }, select: { amount: true, completedAt: true, reason: true } },
      appointment: {
        select: {
          startsAt: true,
          type: true,
          subtotalAmount: true,
          discountAmount: true,
          doctor: { select: { user: { select: { firstName: true, lastName: true } } } },
          familyMember: { select: { firstName: true, lastName: true } },
          charges: { select: { kind: true, description: true, amount: true }, orderBy: { position: 'asc' } },
          redemption: { select: { promotion: { select: { code: true } } } },
        },
      },
    },
  })
  if (!payment) return null
  const { appointment, hospital } = payment
  const contact = (hospital.contactInfo ?? {}) as { phoneNumber?: string }
  const receipt: ReceiptData = {
    receiptNumber: payment.reference,
    issuedAt: payment.paymentDate ?? payment.createdAt,
    timeZone: hospital.timeZone,
    hospital: {
      name: hospital.name,
      address: `${hospital.street}, ${hospital.city}`,
      phoneNumber: contact.phoneNumber ?? null,
    },
    patient: {
      name: fullName(payment.patient.user),
      phoneNumber: payment.patient.user.phoneNumber,
      email: payment.patient.user.email,
    },
    visitFor: appointment.familyMember ? fullName(appointment.familyMember) : null,
    visit: { doctorName: fullName(appointment.doctor.user), startsAt: appointment.startsAt, type: appointment.type },
    lines: appointment.charges.map((charge) => ({
      description:
        charge.kind === 'consultation' ? (locale === 'vi' ? 'Phí khám' : 'Consultation') : charge.description,
      amount: charge.amount,
    })),
    subtotal: appointment.subtotalAmount,
    discount:
      appointment.discountAmount > 0 && appointment.redemption
        ? { code: appointment.redemption.promotion.code, amount: appointment.discountAmount }
        : null,
    total: payment.amount,
    method: payment.paymentMethod,
    transactionId: payment.transactionId,
    paidAt: payment.paymentDate,
    status: payment.status,
    refunds: payment.refunds.map((refund) => ({
      amount: refund.amount,
      at: refund.completedAt ?? payment.createdAt,
      reason: refund.reason,
    })),
  }
  return { pdf: await renderReceiptPdf(receipt, locale), fileName: receiptFileName(payment.reference, locale) }
}
