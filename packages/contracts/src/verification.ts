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
