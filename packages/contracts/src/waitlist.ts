import { z } from 'zod'
import { ZConsultationType, ZWaitlistStatus } from './enums.js'
import { ZIsoDate } from './json-shapes.js'

export const ZJoinWaitlistInput = z.object({
  doctorId: z.string().uuid(),
  /** the hospital-local day wanted */
  date: ZIsoDate,
  type: ZConsultationType.default('in_person'),
  familyMemberId: z.string().uuid().optional(),
})

export const ZWaitlistEntry = z.object({
  id: z.string().uuid(),
  doctor: z.object({ id: z.string().uuid(), name: z.string() }),
  hospitalName: z.string(),
  date: z.string(),
  type: ZConsultationType,
  status: ZWaitlistStatus,
  familyMemberId: z.string().uuid().nullable(),
  /** while an offer stands: the held appointment and until when */
  offeredAppointmentId: z.string().uuid().nullable(),
  offerExpiresAt: z.date().nullable(),
  createdAt: z.date(),
})
