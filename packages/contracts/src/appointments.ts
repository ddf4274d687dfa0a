import { z } from 'zod'
import {
  ZAppointmentStatus,
  ZCancelledBy,
  ZConsultationType,
  ZFamilyRelationship,
  ZPaymentMethod,
  ZPaymentStatus,
} from './enums.js'
import { ZInstant, ZIsoDate } from './json-shapes.js'
import { ZCursorPageInput, ZPage } from './pagination.js'
import { ZBill, ZHospitalServiceIds, ZPromotionCode } from './payments.js'

export const ZSlot = z.object({
  startsAt: z.date(),
  endsAt: z.date(),
  /** hospital-local day and clock times */
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  type: ZConsultationType,
})

export const ZAvailabilityInput = z
  .object({
    doctorId: z.string().uuid(),
    from: ZIsoDate,
    to: ZIsoDate,
    type: ZConsultationType.optional(),
  })
  .refine((value) => value.from <= value.to, { message: 'from_after_to', path: ['to'] })
  .refine((value) => Date.parse(value.to) - Date.parse(value.from) <= 31 * 86_400_000, {
    message: 'range_too_long',
    path: ['to'],
  })

export const ZAvailabilityOutput = z.object({
  doctorId: z.string().uuid(),
  timeZone: z.string(),
  slots: z.array(ZSlot),
  /** the days of the range on which the doctor sees patients of the type asked: free or full */
  workingDates: z.array(ZIsoDate),
})

export const ZBookAppointmentInput = z.object({
  doctorId: z.string().uuid(),
  startsAt: ZInstant,
  type: ZConsultationType,
  /** book for one of the patient's family members */
  familyMemberId: z.string().uuid().optional(),
  reasonForVisit: z.string().trim().max(500).optional(),
  symptoms: z.array(z.string().trim().min(1).max(100)).max(20).default([]),
  /** the same key returns the same appointment when a request is retried */
  idempotencyKey: z.string().trim().min(8).max(100).optional(),
  /** services from the hospital's price list, billed beside the consultation */
  hospitalServiceIds: ZHospitalServiceIds,
  promotionCode: ZPromotionCode.optional(),
})

export const ZRescheduleInput = z.object({
  appointmentId: z.string().uuid(),
  startsAt: ZInstant,
  idempotencyKey: z.string().trim().min(8).max(100).optional(),
})

export const ZCancelInput = z.object({
  appointmentId: z.string().uuid(),
  reason: z.string().trim().min(3, 'reason_required').max(500),
})

export const ZAppointment = z.object({
  id: z.string().uuid(),
  status: ZAppointmentStatus,
  type: ZConsultationType,
  appointmentDate: z.string(),
  timeSlot: z.object({ startTime: z.string(), endTime: z.string() }),
  startsAt: z.date(),
  endsAt: z.date(),
  timeZone: z.string(),
  queueNumber: z.number().int().nullable(),
  doctor: z.object({ id: z.string().uuid(), name: z.string(), consultationFee: z.number().int() }),
  hospital: z.object({ id: z.string().uuid(), name: z.string(), street: z.string(), city: z.string() }),
  patient: z.object({ id: z.string().uuid(), name: z.string() }),
  familyMember: z.object({ id: z.string().uuid(), name: z.string(), relationship: ZFamilyRelationship }).nullable(),
  reasonForVisit: z.string().nullable(),
  symptoms: z.array(z.string()),
  notes: z.string().nullable(),
  cancelledBy: ZCancelledBy.nullable(),
  cancellationReason: z.string().nullable(),
  paymentStatus: ZPaymentStatus,
  /** what the visit costs */
  bill: ZBill,
  /** the payment that settles it (or the latest attempt): what the appointment page shows */
  payment: z
    .object({
      id: z.string().uuid(),
      status: ZPaymentStatus,
      method: ZPaymentMethod,
      amount: z.number().int(),
      refundAmount: z.number().int().nullable(),
      receiptUrl: z.string().nullable(),
    })
    .nullable(),
  holdExpiresAt: z.date().nullable(),
  rescheduledFromId: z.string().uuid().nullable(),
  createdAt: z.date(),
})

export const ZMyAppointmentsInput = ZCursorPageInput.extend({
  when: z.enum(['upcoming', 'past']).default('upcoming'),
})

export const ZMyAppointmentsOutput = ZPage(ZAppointment)

export type TAppointment = z.infer<typeof ZAppointment>
export type TSlot = z.infer<typeof ZSlot>

/**
 * A visit can be closed (completed, or marked a no-show) once its start time has come. The server
 * refuses earlier with PRECONDITION_FAILED, reason "not_started"; the portal's buttons wait for it.
 */
export function visitCanBeClosed(visit: { startsAt: Date }, now: Date | number): boolean {
  return visit.startsAt.getTime() <= (typeof now === 'number' ? now : now.getTime())
}
