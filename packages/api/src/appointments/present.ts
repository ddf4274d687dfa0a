import type { TAppointment, TBill } from '@medbook/contracts'
import type { Prisma } from '@medbook/db'
import { instantToLocal } from '../availability/local-time.js'

export const appointmentSelect = {
  id: true,
  status: true,
  type: true,
  appointmentDate: true,
  startsAt: true,
  endsAt: true,
  queueNumber: true,
  reasonForVisit: true,
  symptoms: true,
  notes: true,
  cancelledBy: true,
  cancellationReason: true,
  paymentStatus: true,
  holdExpiresAt: true,
  rescheduledFromId: true,
  createdAt: true,
  patientId: true,
  doctorId: true,
  hospitalId: true,
  doctor: { select: { id: true, consultationFee: true, user: { select: { firstName: true, lastName: true } } } },
  hospital: { select: { id: true, name: true, street: true, city: true, timeZone: true } },
  patient: { select: { id: true, user: { select: { firstName: true, lastName: true } } } },
  familyMember: { select: { id: true, firstName: true, lastName: true, relationship: true } },
  subtotalAmount: true,
  discountAmount: true,
  totalAmount: true,
  charges: {
    select: { kind: true, description: true, hospitalServiceId: true, amount: true },
    orderBy: { position: 'asc' },
  },
  redemption: { select: { status: true, promotion: { select: { code: true } } } },
  /** the latest attempt; the settling payment, once there is one, is the latest completed */
  payments: {
    select: paymentSummarySelect(),
    orderBy: [{ paymentDate: { sort: 'desc', nulls: 'last' } }, { createdAt: 'desc' }],
    take: 1,
  },
} satisfies Prisma.AppointmentSelect

function paymentSummarySelect() {
  return {
    id: true,
    status: true,
    paymentMethod: true,
    amount: true,
    refundAmount: true,
    receiptUrl: true,
  } satisfies Prisma.PaymentSelect
}

export type AppointmentRow = Prisma.AppointmentGetPayload<{ select: typeof appointmentSelect }>

/** Vietnamese order: family name first ("Nguyễn Văn An"). */
export function fullName(person: { firstName: string; lastName: string }): string {
  return `${person.lastName} ${person.firstName}`.trim()
}

export function toAppointment(row: AppointmentRow): TAppointment {
  const zone = row.hospital.timeZone
  return {
    id: row.id,
    status: row.status,
    type: row.type,
    appointmentDate: row.appointmentDate.toISOString().slice(0, 10),
    timeSlot: { startTime: instantToLocal(row.startsAt, zone).time, endTime: instantToLocal(row.endsAt, zone).time },
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    timeZone: zone,
    queueNumber: row.queueNumber,
    doctor: { id: row.doctor.id, name: fullName(row.doctor.user), consultationFee: row.doctor.consultationFee },
    hospital: { id: row.hospital.id, name: row.hospital.name, street: row.hospital.street, city: row.hospital.city },
    patient: { id: row.patient.id, name: fullName(row.patient.user) },
    familyMember: row.familyMember
      ? { id: row.familyMember.id, name: fullName(row.familyMember), relationship: row.familyMember.relationship }
      : null,
    reasonForVisit: row.reasonForVisit,
    symptoms: row.symptoms,
    notes: row.notes,
    cancelledBy: row.cancelledBy,
    cancellationReason: row.cancellationReason,
    paymentStatus: row.paymentStatus,
    bill: billOf(row),
    payment: paymentOf(row),
    holdExpiresAt: row.holdExpiresAt,
    rescheduledFromId: row.rescheduledFromId,
    createdAt: row.createdAt,
  }
}

export function billOf(
  row: Pick<AppointmentRow, 'charges' | 'subtotalAmount' | 'discountAmount' | 'totalAmount' | 'redemption'>,
): TBill {
  return {
    charges: row.charges,
    subtotal: row.subtotalAmount,
    discount:
      row.discountAmount > 0 ? { code: row.redemption?.promotion.code ?? '', amount: row.discountAmount } : null,
    total: row.totalAmount,
  }
}

function paymentOf(row: AppointmentRow): TAppointment['payment'] {
  const payment = row.payments[0]
  if (!payment) return null
  return {
    id: payment.id,
    status: payment.status,
    method: payment.paymentMethod,
    amount: payment.amount,
    refundAmount: payment.refundAmount,
    receiptUrl: payment.receiptUrl,
  }
}
