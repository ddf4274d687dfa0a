import { z } from 'zod'
import { ZPhoneNumber } from './phone.js'

// Shapes of the JSON columns (the seed's nested documents that no query filters on).

/** "HH:MM", 24-hour clock, hospital local time */
export const ZClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM (24-hour)')

/** The years any date in MedBook can fall in: a birth in 1900 to a booking horizon well before 2100. */
export const DATE_YEARS = { min: 1900, max: 2100 } as const

/** True when "YYYY-MM-DD" names a day the calendar has (no 30 February, no month 13). */
function isCalendarDate(value: string): boolean {
  const day = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value
}

/** A calendar date as "YYYY-MM-DD": a real day, in the years DATE_YEARS allows */
export const ZIsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD')
  .refine(isCalendarDate, 'Not a date on the calendar')
  .refine((value) => {
    const year = Number(value.slice(0, 4))
    return year >= DATE_YEARS.min && year <= DATE_YEARS.max
  }, `Choose a date between ${DATE_YEARS.min} and ${DATE_YEARS.max}`)

/** Today's date somewhere on Earth (UTC+14), so "not in the future" never refuses someone's today. */
function latestTodayOnEarth(): string {
  return new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10)
}

/** A date that has happened: a birth, a diagnosis. */
export const ZPastIsoDate = ZIsoDate.refine((value) => value <= latestTodayOnEarth(), 'This date is in the future')

/** An instant a person can mean (a visit, a filter bound), within the years PostgreSQL and the calendar share with us. */
export const ZInstant = z
  .date()
  .min(new Date(Date.UTC(DATE_YEARS.min, 0, 1)), 'Choose a time after 1900')
  .max(new Date(Date.UTC(DATE_YEARS.max, 11, 31)), 'Choose a time before 2101')

export const ZAddress = z.object({
  street: z.string().max(200),
  city: z.string().max(100),
  state: z.string().max(100).optional(),
  country: z.string().max(100).default('VN'),
  postalCode: z.string().max(20).optional(),
})

export const ZOtp = z.object({
  /** SHA-256 of the six-digit code */
  code: z.string(),
  expiresAt: z.coerce.date(),
  attempts: z.number().int().min(0).default(0),
  sentAt: z.coerce.date().optional(),
  /** what the code unlocks; absent on codes written before reset codes existed: account verification */
  purpose: z.enum(['verify_account', 'password_reset']).default('verify_account'),
})

export const ZMedicalHistoryEntry = z.object({
  condition: z.string().min(1).max(200),
  diagnosedDate: ZPastIsoDate.optional(),
  notes: z.string().max(2000).optional(),
})

export const ZMedication = z.object({
  name: z.string().min(1).max(200),
  dosage: z.string().max(100).optional(),
  frequency: z.string().max(100).optional(),
  startDate: ZIsoDate.optional(),
  endDate: ZIsoDate.optional(),
})

export const ZEmergencyContact = z.object({
  name: z.string().min(1).max(200),
  relationship: z.string().max(100),
  phoneNumber: ZPhoneNumber,
})

export const ZQualification = z.object({
  degree: z.string().min(1).max(200),
  institution: z.string().min(1).max(200),
  year: z.number().int().min(1950).max(2100),
})

export const ZContactInfo = z.object({
  phoneNumber: ZPhoneNumber.optional(),
  email: z.string().email().optional(),
  website: z.string().url().optional(),
})

export const ZPrescriptionItem = z.object({
  medicationName: z.string().min(1).max(200),
  dosage: z.string().max(100),
  frequency: z.string().max(100),
  duration: z.string().max(100),
  instructions: z.string().max(1000).optional(),
})

export const ZLabTest = z.object({
  name: z.string().min(1).max(200),
  results: z.string().max(5000).optional(),
  date: ZIsoDate.optional(),
  attachments: z.array(z.string()).default([]),
})

export const ZAttachment = z.object({
  name: z.string().min(1).max(255),
  url: z.string(),
  type: z.enum(['image', 'document', 'audio', 'video', 'other']),
})

export type TAddress = z.infer<typeof ZAddress>
export type TOtp = z.infer<typeof ZOtp>
export type TMedicalHistoryEntry = z.infer<typeof ZMedicalHistoryEntry>
export type TMedication = z.infer<typeof ZMedication>
export type TEmergencyContact = z.infer<typeof ZEmergencyContact>
export type TQualification = z.infer<typeof ZQualification>
export type TContactInfo = z.infer<typeof ZContactInfo>
export type TPrescriptionItem = z.infer<typeof ZPrescriptionItem>
export type TLabTest = z.infer<typeof ZLabTest>
export type TAttachment = z.infer<typeof ZAttachment>

/** Rounded to 7 decimals (about a centimetre): no float too small for PostgreSQL's trigonometry reaches a query. */
const toCentimetres = (degrees: number) => Math.round(degrees * 1e7) / 1e7 + 0

export const ZLatitude = z.number().min(-90).max(90).transform(toCentimetres)
export const ZLongitude = z.number().min(-180).max(180).transform(toCentimetres)
