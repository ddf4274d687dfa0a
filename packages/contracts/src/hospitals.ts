import { z } from 'zod'
import { ZDayOfWeek, ZHospitalType } from './enums.js'
import { ZClockTime, ZContactInfo } from './json-shapes.js'
import { ZCursorPageInput, ZPage } from './pagination.js'

export const ZSearchHospitalsInput = ZCursorPageInput.extend({
  /** part of the name or street, any case */
  query: z.string().trim().max(100).optional(),
  city: z.string().trim().max(100).optional(),
  type: ZHospitalType.optional(),
  specialtyId: z.string().uuid().optional(),
  /** only hospitals rated at least this (published reviews' average) */
  minRating: z.number().min(0).max(5).optional(),
  /** by name (A–Z), or best rated first (then by name) */
  sort: z.enum(['name', 'rating']).default('name'),
})

export const ZOperatingHours = z.object({ day: ZDayOfWeek, openTime: ZClockTime, closeTime: ZClockTime })

export const ZHospitalSummary = z.object({
  id: z.string().uuid(),
  name: z.string(),
  type: ZHospitalType,
  address: z.object({
    street: z.string(),
    city: z.string(),
    state: z.string().nullable(),
    country: z.string(),
    postalCode: z.string().nullable(),
    coordinates: z.object({ latitude: z.number(), longitude: z.number() }),
  }),
  images: z.array(z.string()),
  facilities: z.array(z.string()),
  ratings: z.object({ average: z.number(), count: z.number().int() }),
  specialties: z.array(z.object({ id: z.string().uuid(), name: z.string(), nameEn: z.string() })),
  operatingHours: z.array(ZOperatingHours),
  doctorCount: z.number().int(),
})

export const ZSearchHospitalsOutput = ZPage(ZHospitalSummary)

export const ZListCitiesOutput = z.array(z.object({ city: z.string(), hospitalCount: z.number().int() }))

export type TSearchHospitalsInput = z.input<typeof ZSearchHospitalsInput>
export type THospitalSummary = z.infer<typeof ZHospitalSummary>
export type TSearchHospitalsOutput = z.infer<typeof ZSearchHospitalsOutput>

export const ZNearbyHospital = ZHospitalSummary.extend({ distanceKm: z.number() })
export const ZHospitalDetails = ZHospitalSummary.extend({ contactInfo: ZContactInfo, timeZone: z.string() })

/**
 * What the patient app's search box offers as examples: names the demo data's listed hospitals
 * carry (packages/api/test/dashboards.integration.test.ts searches each one on the seed).
 * Written with their accents, which the search matches as typed, in both languages.
 */
export const HOSPITAL_SEARCH_EXAMPLES = ['Việt Hàn', 'Tâm An'] as const
