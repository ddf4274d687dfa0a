import { z } from 'zod'
import { ZPersonName } from './auth.js'
import { ZFamilyRelationship, ZGender } from './enums.js'
import { ZAddress, ZEmergencyContact, ZMedicalHistoryEntry, ZMedication, ZPastIsoDate } from './json-shapes.js'
import { ZPhoneNumber } from './phone.js'

export const ZProfile = z.object({
  id: z.string().uuid(),
  role: z.string(),
  email: z.string().nullable(),
  phoneNumber: z.string().nullable(),
  firstName: z.string(),
  lastName: z.string(),
  dateOfBirth: z.string().nullable(),
  gender: ZGender.nullable(),
  address: ZAddress.nullable(),
  profilePicture: z.string().nullable(),
  lastLogin: z.date().nullable(),
  createdAt: z.date(),
})

export const ZUpdateProfileInput = z.object({
  firstName: ZPersonName.optional(),
  lastName: ZPersonName.optional(),
  dateOfBirth: ZPastIsoDate.nullable().optional(),
  gender: ZGender.nullable().optional(),
  address: ZAddress.nullable().optional(),
})

export const ZPatientMedicalProfile = z.object({
  medicalHistory: z.array(ZMedicalHistoryEntry),
  allergies: z.array(z.string()),
  medications: z.array(ZMedication),
  emergencyContact: ZEmergencyContact.nullable(),
})

export const ZUpdatePatientMedicalInput = z.object({
  medicalHistory: z.array(ZMedicalHistoryEntry).max(100).optional(),
  allergies: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
  medications: z.array(ZMedication).max(50).optional(),
  emergencyContact: ZEmergencyContact.nullable().optional(),
})

export const ZFamilyMember = z.object({
  id: z.string().uuid(),
  relationship: ZFamilyRelationship,
  firstName: z.string(),
  lastName: z.string(),
  dateOfBirth: z.string().nullable(),
  gender: ZGender.nullable(),
  phoneNumber: z.string().nullable(),
  medicalHistory: z.array(ZMedicalHistoryEntry),
})

export const ZFamilyMemberInput = z.object({
  relationship: ZFamilyRelationship,
  firstName: ZPersonName,
  lastName: ZPersonName,
  dateOfBirth: ZPastIsoDate.nullable().optional(),
  gender: ZGender.nullable().optional(),
  phoneNumber: ZPhoneNumber.nullable().optional(),
  medicalHistory: z.array(ZMedicalHistoryEntry).max(100).default([]),
})

export const ZUpdateFamilyMemberInput = ZFamilyMemberInput.partial().extend({ id: z.string().uuid() })
export const ZIdInput = z.object({ id: z.string().uuid() })

export type TProfile = z.infer<typeof ZProfile>
export type TFamilyMember = z.infer<typeof ZFamilyMember>
