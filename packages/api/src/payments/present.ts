import type { TPayment } from '@medbook/contracts'
import type { Prisma } from '@medbook/db'
import { fullName } from '../appointments/present.js'

export const paymentSelect = {
  id: true,
  reference: true,
  appointmentId: true,
  amount: true,
  currency: true,
  paymentMethod: true,
  status: true,
  transactionId: true,
  paymentDate: true,
  refundAmount: true,
  refundDate: true,
  refundReason: true,
  receiptUrl: true,
  expiresAt: true,
  createdAt: true,
  hospitalId: true,
  patientId: true,
  recordedById: true,
  hospital: { select: { id: true, name: true, timeZone: true } },
  patient: { select: { id: true, user: { select: { firstName: true, lastName: true } } } },
  appointment: {
    select: {
      startsAt: true,
      doctor: { select: { id: true, user: { select: { firstName: true, lastName: true } } } },
    },
  },
  refunds: {
    select: {
      id: true,
      amount: true,
      reason: true,
      kind: true,
      status: true,
      failureMessage: true,
      createdAt: true,
      completedAt: true,
    },
    orderBy: { createdAt: 'asc' },
  },
} satisfies Prisma.PaymentSelect

export type PaymentRow = Prisma.PaymentGetPayload<{ select: typeof paymentSelect }>

export function toPayment(row: PaymentRow): TPayment {
  return {
    id: row.id,
    reference: row.reference,
    appointmentId: row.appointmentId,
    appointmentStartsAt: row.appointment.startsAt,
    timeZone: row.hospital.timeZone,
    hospital: { id: row.hospital.id, name: row.hospital.name },
    doctor: { id: row.appointment.doctor.id, name: fullName(row.appointment.doctor.user) },
    patient: { id: row.patient.id, name: fullName(row.patient.user) },
    amount: row.amount,
    currency: row.currency,
    paymentMethod: row.paymentMethod,
    status: row.status,
    transactionId: row.transactionId,
    paymentDate: row.paymentDate,
    refundAmount: row.refundAmount,
    refundDate: row.refundDate,
    refundReason: row.refundReason,
    receiptUrl: row.receiptUrl,
    expiresAt: row.expiresAt,
    createdAt: row.createdAt,
    refunds: row.refunds,
  }
}

/** Where a payment's receipt is served; only its patient and the hospital's staff may open it. */
export function receiptPath(paymentId: string): string {
  return `/files/receipts/${paymentId}.pdf`
}
