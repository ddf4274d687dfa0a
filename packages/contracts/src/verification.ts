import { z } from 'zod'
import { ZContactInfo, ZQualification } from './json-shapes.js'

/** The reason an administrator gives the applicant: required to reject, optional to approve. */
export const ZVerificationReason = z.string().trim().min(3).max(500)

const ZDecision = { approve: z.boolean(), reason: ZVerificationReason.optional() }
export const ZDecideHospitalInput = z.object({ hospitalId: z.string().uuid(), ...ZDecision })
export const ZDecideDoctorInput = z.object({ doctorId: z.string().uuid(), ...ZDecision })

export const ZHospitalApplication = z.object({
  id: z.string().uuid(),
  name: z.string(),
  type: z.string(),
  street: z.string(),
  city: z.string(),
  state: z.string().nullable(),
  country: z.string(),
  postalCode: z.string().nullable(),
  contactInfo: ZContactInfo,
  registrationNumber: z.string(),
  status: z.string(),
  verified: z.boolean(),
  createdAt: z.date(),
  contactName: z.string(),
  email: z.string().nullable(),
  phoneNumber: z.string().nullable(),
  documentCount: z.number().int(),
})

export const ZDoctorApplication = z.object({
  id: z.string().uuid(),
  name: z.string(),
  email: z.string().nullable(),
  phoneNumber: z.string().nullable(),
  licenseNumber: z.string(),
  qualifications: z.array(ZQualification),
  experience: z.number().int(),
  specialties: z.array(z.string()),
  verifiedDocuments: z.boolean(),
  documentCount: z.number().int(),
  createdAt: z.date(),
  hospital: z.object({ id: z.string().uuid(), name: z.string() }),
})

export const ZVerificationQueue = z.object({
  hospitals: z.array(ZHospitalApplication),
  doctors: z.array(ZDoctorApplication),
})

export type TDecideHospitalInput = z.input<typeof ZDecideHospitalInput>
export type TDecideDoctorInput = z.input<typeof ZDecideDoctorInput>
export type THospitalApplication = z.output<typeof ZHospitalApplication>
export type TDoctorApplication = z.output<typeof ZDoctorApplication>

/** Where a hospital's application stands, as the queue shows it; null once verified and active. */
export type THospitalApplicationStatus = 'pending' | 'rejected' | 'unverified'

/**
 * One definition for the verification queue and the admin dashboard. Rejecting a hospital sets it
 * inactive and unverified: decided, so it no longer waits. An active hospital not yet verified waits.
 */
export function hospitalApplicationStatus(hospital: {
  status: string
  verified: boolean
}): THospitalApplicationStatus | null {
  if (hospital.status === 'pending') return 'pending'
  if (hospital.verified) return null
  return hospital.status === 'inactive' ? 'rejected' : 'unverified'
}

/** Whether an administrator still has to decide on the hospital. */
export function hospitalAwaitsDecision(hospital: { status: string; verified: boolean }): boolean {
  const status = hospitalApplicationStatus(hospital)
  return status === 'pending' || status === 'unverified'
}
