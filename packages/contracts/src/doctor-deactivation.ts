import { z } from 'zod'
import { ZConsultationType } from './enums.js'

export const ZDeactivationPreviewInput = z.object({
  doctorId: z.string().uuid(),
  /** when given, each appointment says whether it clashes with this doctor's own */
  reassignToDoctorId: z.string().uuid().optional(),
})

export const ZDeactivationAppointment = z.object({
  id: z.string().uuid(),
  startsAt: z.date(),
  endsAt: z.date(),
  /** the person the visit is for: the family member when booked for one, else the patient */
  patientName: z.string(),
  type: ZConsultationType,
  /** true when the target doctor already has an appointment overlapping this one */
  clashes: z.boolean(),
})

export const ZDeactivationPreview = z.object({
  doctorId: z.string().uuid(),
  doctorName: z.string(),
  /** the doctor's future scheduled appointments, soonest first */
  appointments: z.array(ZDeactivationAppointment),
  target: z.object({ id: z.string().uuid(), name: z.string() }).nullable(),
  clashCount: z.number().int(),
})

export const ZDeactivateDoctorInput = z
  .object({
    doctorId: z.string().uuid(),
    /** what happens to the doctor's future appointments */
    futureAppointments: z.enum(['cancel', 'reassign']),
    reassignToDoctorId: z.string().uuid().optional(),
    /** recorded on cancelled appointments, in the activity log and told to patients */
    reason: z.string().trim().min(3, 'too_short').max(500),
  })
  .refine((input) => input.futureAppointments !== 'reassign' || input.reassignToDoctorId, {
    message: 'required',
    path: ['reassignToDoctorId'],
  })
  .refine((input) => input.reassignToDoctorId !== input.doctorId, {
    message: 'same_doctor',
    path: ['reassignToDoctorId'],
  })

export const ZDeactivateDoctorOutput = z.object({
  doctorId: z.string().uuid(),
  accountStatus: z.literal('inactive'),
  cancelled: z.number().int(),
  reassigned: z.number().int(),
})

export const ZReactivateDoctorInput = z.object({ doctorId: z.string().uuid() })

export type TDeactivationPreview = z.output<typeof ZDeactivationPreview>
export type TDeactivateDoctorInput = z.input<typeof ZDeactivateDoctorInput>
export type TDeactivateDoctorOutput = z.output<typeof ZDeactivateDoctorOutput>
