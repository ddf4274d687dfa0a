import { z } from 'zod'
import { ZConsultationType, ZGender } from './enums.js'
import { ZIsoDate, ZLatitude, ZLongitude, ZQualification } from './json-shapes.js'
import { MAX_CONSULTATION_FEE } from './money.js'
import { ZCursorPageInput, ZPage } from './pagination.js'

export const ZGeoPoint = z.object({ latitude: ZLatitude, longitude: ZLongitude })

export const ZDoctorSort = z.enum(['earliest', 'rating', 'fee', 'distance'])

export const ZSearchDoctorsInput = ZCursorPageInput.extend({
  /** the doctor's name; accents and case are ignored ("nguyen van an" finds "Nguyễn Văn An") */
  query: z.string().trim().max(100).optional(),
  specialtyId: z.string().uuid().optional(),
  city: z.string().trim().max(100).optional(),
  hospitalId: z.string().uuid().optional(),
  /** ISO 639-1: "vi", "en", … */
  language: z.string().trim().min(2).max(8).optional(),
  gender: ZGender.optional(),
  /** consultation fees in VND, bounded like the fees staff can set */
  feeMin: z.number().int().min(0).max(MAX_CONSULTATION_FEE).optional(),
  feeMax: z.number().int().min(0).max(MAX_CONSULTATION_FEE).optional(),
  minRating: z
    .number()
    .min(0)
    .max(5)
    .transform((rating) => Math.round(rating * 100) / 100)
    .optional(),
  type: ZConsultationType.optional(),
  /** only doctors with a free slot on this hospital-local day */
  availableOn: ZIsoDate.optional(),
  sort: ZDoctorSort.default('earliest'),
  /** required to sort by distance; distances are given whenever it is set */
  near: ZGeoPoint.optional(),
}).refine((input) => input.sort !== 'distance' || input.near, { message: 'near_required', path: ['near'] })

export const ZDoctorSummary = z.object({
  id: z.string().uuid(),
  name: z.string(),
  gender: ZGender.nullable(),
  profilePicture: z.string().nullable(),
  specialties: z.array(z.object({ id: z.string().uuid(), name: z.string(), nameEn: z.string() })),
  experience: z.number().int(),
  languages: z.array(z.string()),
  consultationFee: z.number().int(),
  ratings: z.object({ average: z.number(), count: z.number().int() }),
  consultationTypes: z.array(ZConsultationType),
  hospital: z.object({ id: z.string().uuid(), name: z.string(), city: z.string(), street: z.string() }),
  /** the next free slot within 14 days, or null */
  nextAvailableAt: z.date().nullable(),
  distanceKm: z.number().nullable(),
})

export const ZSearchDoctorsOutput = ZPage(ZDoctorSummary)

export const ZDoctorProfile = ZDoctorSummary.extend({
  biography: z.string().nullable(),
  qualifications: z.array(ZQualification),
  licenseNumber: z.string(),
  timeZone: z.string(),
})

export const ZNearHospitalsInput = ZGeoPoint.extend({
  radiusKm: z.number().min(0.1).max(500).default(20),
  limit: z.number().int().min(1).max(50).default(10),
})

export type TSearchDoctorsInput = z.input<typeof ZSearchDoctorsInput>
export type TDoctorSummary = z.infer<typeof ZDoctorSummary>
