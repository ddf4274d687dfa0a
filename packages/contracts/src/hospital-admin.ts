import { z } from 'zod'
import { ZConsultationType, ZHospitalStatus, ZHospitalType, ZServiceCategory } from './enums.js'
import { ZHospitalDetails, ZOperatingHours } from './hospitals.js'
import { ZContactInfo, ZLatitude, ZLongitude, ZQualification } from './json-shapes.js'
import { MAX_CONSULTATION_FEE } from './money.js'

export const ZUpdateHospitalProfileInput = z.object({
  name: z.string().trim().min(2).max(200).optional(),
  type: ZHospitalType.optional(),
  street: z.string().trim().min(3).max(200).optional(),
  city: z.string().trim().min(2).max(100).optional(),
  state: z.string().trim().max(100).nullable().optional(),
  postalCode: z.string().trim().max(20).nullable().optional(),
  country: z.string().trim().min(2).max(100).optional(),
  latitude: ZLatitude.optional(),
  longitude: ZLongitude.optional(),
  contactInfo: ZContactInfo.optional(),
  facilities: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
  operatingHours: z
    .array(
      ZOperatingHours.refine((h) => h.openTime < h.closeTime, { message: 'end_before_start', path: ['closeTime'] }),
    )
    .max(7)
    .refine((hours) => new Set(hours.map((h) => h.day)).size === hours.length, { message: 'duplicate_day' })
    .optional(),
  specialtyIds: z.array(z.string().uuid()).max(60).optional(),
  /** the business registration number; unique across hospitals */
  registrationNumber: z.string().trim().min(3).max(50).optional(),
})

/** The hospital as its own staff see it: the public details plus registration and review state. */
export const ZMyHospitalProfile = ZHospitalDetails.extend({
  registrationNumber: z.string(),
  status: ZHospitalStatus,
  verified: z.boolean(),
})

export const ZHospitalServiceEntry = z.object({
  /** this hospital's price-list entry: what a booking's hospitalServiceIds name */
  id: z.string().uuid(),
  serviceId: z.string().uuid(),
  name: z.string(),
  category: ZServiceCategory,
  basePrice: z.number().int(),
  price: z.number().int(),
  description: z.string().nullable(),
  isAvailable: z.boolean(),
})

export const ZUpsertHospitalServiceInput = z.object({
  serviceId: z.string().uuid(),
  /** integer VND */
  price: z.number().int().min(0).max(1_000_000_000),
  description: z.string().trim().max(1000).nullable().optional(),
  isAvailable: z.boolean().default(true),
})

export const ZRosterDoctor = z.object({
  id: z.string().uuid(),
  /** the doctor's account (a desk conversation can be assigned to it) */
  userId: z.string().uuid(),
  name: z.string(),
  email: z.string().nullable(),
  status: z.enum(['approved', 'pending', 'rejected']),
  accountStatus: z.enum(['active', 'inactive', 'blocked']),
  licenseNumber: z.string(),
  specialties: z.array(z.object({ id: z.string().uuid(), name: z.string() })),
  experience: z.number().int(),
  languages: z.array(z.string()),
  consultationFee: z.number().int(),
  biography: z.string().nullable(),
  qualifications: z.array(ZQualification),
  ratings: z.object({ average: z.number(), count: z.number().int() }),
  /** the kinds of visit the weekly availability offers (online ones need online consultation hours) */
  consultationTypes: z.array(ZConsultationType),
})

export const ZUpdateRosterDoctorInput = z.object({
  doctorId: z.string().uuid(),
  specialtyIds: z.array(z.string().uuid()).min(1).max(5).optional(),
  qualifications: z.array(ZQualification).max(20).optional(),
  experience: z.number().int().min(0).max(70).optional(),
  biography: z.string().trim().max(4000).nullable().optional(),
  languages: z.array(z.string().trim().min(2).max(8)).min(1).max(10).optional(),
  /** integer VND */
  consultationFee: z.number().int().min(0).max(MAX_CONSULTATION_FEE).optional(),
})

export const ZCatalogueServiceInput = z.object({
  id: z.string().uuid().optional(),
  name: z.string().trim().min(2).max(200),
  description: z.string().trim().max(2000).nullable().optional(),
  category: ZServiceCategory,
  basePrice: z.number().int().min(0).max(1_000_000_000),
})

export const ZCatalogueSpecialtyInput = z.object({
  id: z.string().uuid().optional(),
  name: z.string().trim().min(2).max(100),
  nameEn: z.string().trim().min(2).max(100),
  description: z.string().trim().max(2000).nullable().optional(),
  icon: z.string().trim().max(500).nullable().optional(),
})

export type TUpdateHospitalProfileInput = z.input<typeof ZUpdateHospitalProfileInput>
export type TMyHospitalProfile = z.infer<typeof ZMyHospitalProfile>
export type THospitalServiceEntry = z.infer<typeof ZHospitalServiceEntry>
export type TRosterDoctor = z.infer<typeof ZRosterDoctor>
