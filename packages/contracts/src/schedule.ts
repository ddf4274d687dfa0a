import { z } from 'zod'
import { ZPersonName } from './auth.js'
import { ZAppointmentStatus, ZConsultationType, ZDayOfWeek, ZFamilyRelationship, ZPaymentStatus } from './enums.js'
import { ZClockTime, ZInstant, ZIsoDate } from './json-shapes.js'
import { ZPhoneNumber } from './phone.js'

export const ZScheduleInput = z
  .object({
    /** hospital-local days, at most 7 */
    from: ZIsoDate,
    to: ZIsoDate,
    doctorId: z.string().uuid().optional(),
  })
  .refine((value) => value.from <= value.to, { message: 'from_after_to', path: ['to'] })
  .refine((value) => Date.parse(value.to) - Date.parse(value.from) <= 6 * 86_400_000, {
    message: 'range_too_long',
    path: ['to'],
  })

export const ZScheduleEntry = z.object({
  id: z.string().uuid(),
  status: ZAppointmentStatus,
  type: ZConsultationType,
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  startsAt: z.date(),
  queueNumber: z.number().int().nullable(),
  doctor: z.object({ id: z.string().uuid(), name: z.string() }),
  /** who the visit is for: the patient or their family member */
  visitor: z.object({
    name: z.string(),
    relationship: ZFamilyRelationship.nullable(),
    /** the family member seen, null when the patient came for themselves */
    familyMemberId: z.string().uuid().nullable(),
  }),
  patient: z.object({
    id: z.string().uuid(),
    name: z.string(),
    phoneNumber: z.string().nullable(),
    noShowCount: z.number().int(),
  }),
  reasonForVisit: z.string().nullable(),
  heldUntil: z.date().nullable(),
  /** whether the visit is paid: the desk takes the total of an unpaid one */
  paymentStatus: ZPaymentStatus,
  /** the bill's total (integer VND) */
  totalAmount: z.number().int(),
  /** whether the doctor has written a record of the visit: its content is never part of the schedule */
  hasRecord: z.boolean(),
})

export const ZScheduleOutput = z.object({
  timeZone: z.string(),
  doctors: z.array(z.object({ id: z.string().uuid(), name: z.string() })),
  appointments: z.array(ZScheduleEntry),
})

export const ZWalkInInput = z.object({
  doctorId: z.string().uuid(),
  startsAt: ZInstant,
  /** the patient's phone: an existing patient is found by it (booked only if the names match), or a new patient record is made */
  phoneNumber: ZPhoneNumber,
  firstName: ZPersonName,
  lastName: ZPersonName,
  reasonForVisit: z.string().trim().max(500).optional(),
  idempotencyKey: z.string().trim().min(8).max(100).optional(),
})

export const ZWeeklySlot = z
  .object({ day: ZDayOfWeek, startTime: ZClockTime, endTime: ZClockTime, type: ZConsultationType })
  .refine((slot) => slot.startTime < slot.endTime, { message: 'end_before_start', path: ['endTime'] })

export const ZOnlineHours = z
  .object({ day: ZDayOfWeek, startTime: ZClockTime, endTime: ZClockTime })
  .refine((hours) => hours.startTime < hours.endTime, { message: 'end_before_start', path: ['endTime'] })

export const ZScheduleException = z.object({
  id: z.string().uuid(),
  doctorId: z.string().uuid().nullable(),
  date: z.string(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  reason: z.string().nullable(),
})

export const ZDoctorScheduleOutput = z.object({
  doctorId: z.string().uuid(),
  weeklySlots: z.array(
    z.object({ day: ZDayOfWeek, startTime: z.string(), endTime: z.string(), type: ZConsultationType }),
  ),
  onlineHours: z.array(z.object({ day: ZDayOfWeek, startTime: z.string(), endTime: z.string() })),
  exceptions: z.array(ZScheduleException),
})

export const ZSetWeeklySlotsInput = z.object({
  doctorId: z.string().uuid(),
  slots: z.array(ZWeeklySlot).max(7 * 48),
  onlineHours: z.array(ZOnlineHours).max(7 * 4),
})

export const ZAddExceptionInput = z
  .object({
    /** omitted: the whole hospital (a holiday, a closure) — staff only */
    doctorId: z.string().uuid().optional(),
    date: ZIsoDate,
    startTime: ZClockTime.optional(),
    endTime: ZClockTime.optional(),
    reason: z.string().trim().max(200).optional(),
  })
  .refine((value) => (value.startTime === undefined) === (value.endTime === undefined), {
    message: 'both_times_or_none',
    path: ['endTime'],
  })
  .refine((value) => !value.startTime || !value.endTime || value.startTime < value.endTime, {
    message: 'end_before_start',
    path: ['endTime'],
  })
