import { z } from 'zod'
import { ZDoctorStatus, ZFamilyRelationship, ZGender } from './enums.js'
import { ZUpdateRosterDoctorInput } from './hospital-admin.js'
import { ZQualification } from './json-shapes.js'
import { ZCursorPageInput, ZPage } from './pagination.js'

/** A doctor's professional profile as they see it themselves. */
export const ZDoctorSelfProfile = z.object({
  id: z.string().uuid(),
  name: z.string(),
  status: ZDoctorStatus,
  licenseNumber: z.string(),
  hospital: z.object({ id: z.string().uuid(), name: z.string() }),
  specialties: z.array(z.object({ id: z.string().uuid(), name: z.string(), nameEn: z.string() })),
  experience: z.number().int(),
  /** integer VND */
  consultationFee: z.number().int(),
  ratings: z.object({ average: z.number(), count: z.number().int() }),
  biography: z.string().nullable(),
  /** ISO 639-1 */
  languages: z.array(z.string()),
  qualifications: z.array(ZQualification),
})

/**
 * What a doctor may change on their own profile; the rest (specialties, experience, fee) is
 * their hospital staff's to edit. Same rules as the staff's roster form.
 */
export const ZUpdateDoctorSelfProfileInput = ZUpdateRosterDoctorInput.pick({
  biography: true,
  languages: true,
  qualifications: true,
})

export const ZDoctorPatientSort = z.enum(['name', 'age', 'lastVisit', 'nextVisit', 'visits'])

export const ZDoctorPatientsInput = ZCursorPageInput.extend({
  /** the person's name; accents and case are ignored */
  query: z.string().trim().max(100).optional(),
  sort: ZDoctorPatientSort.default('lastVisit'),
  direction: z.enum(['asc', 'desc']).default('desc'),
})

/** A person the doctor has seen or will see: the account holder, or one of their family members. */
export const ZDoctorPatient = z.object({
  patientId: z.string().uuid(),
  /** set when the visits were for a family member of the account holder */
  familyMemberId: z.string().uuid().nullable(),
  name: z.string(),
  gender: ZGender.nullable(),
  /** whole years on the doctor's hospital's today; null when the birth date is unknown */
  age: z.number().int().nullable(),
  /** for a family member: who they are to the account holder, and the holder's name */
  relationship: ZFamilyRelationship.nullable(),
  bookedBy: z.string().nullable(),
  /** the last visit that took place (completed) */
  lastVisitAt: z.date().nullable(),
  /** the next appointment still to come */
  nextVisitAt: z.date().nullable(),
  /** completed visits */
  visits: z.number().int(),
})

export const ZDoctorPatientsOutput = ZPage(ZDoctorPatient).extend({
  /** every person matching the query, on all pages */
  total: z.number().int(),
  /** the doctor's hospital's IANA zone, in which the visits' times are shown */
  timeZone: z.string(),
})

export type TDoctorSelfProfile = z.infer<typeof ZDoctorSelfProfile>
export type TUpdateDoctorSelfProfileInput = z.input<typeof ZUpdateDoctorSelfProfileInput>
export type TDoctorPatientsInput = z.input<typeof ZDoctorPatientsInput>
export type TDoctorPatient = z.infer<typeof ZDoctorPatient>
