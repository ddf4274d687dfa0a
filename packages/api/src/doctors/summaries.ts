import type { TDoctorSummary } from '@medbook/contracts'
import { Prisma, type PrismaClient } from '@medbook/db'
import { fullName } from '../appointments/present.js'

export const doctorSummarySelect = {
  id: true,
  experience: true,
  languages: true,
  consultationFee: true,
  ratingAverage: true,
  ratingCount: true,
  user: { select: { firstName: true, lastName: true, gender: true, profilePicture: true } },
  hospital: { select: { id: true, name: true, city: true, street: true, timeZone: true } },
  specialties: { select: { specialty: { select: { id: true, name: true, nameEn: true } } } },
  availability: { select: { type: true }, distinct: ['type'] },
} satisfies Prisma.DoctorSelect

export type DoctorSummaryRow = Prisma.DoctorGetPayload<{ select: typeof doctorSummarySelect }>

export function toDoctorSummary(row: DoctorSummaryRow): Omit<TDoctorSummary, 'nextAvailableAt' | 'distanceKm'> {
  return {
    id: row.id,
    name: fullName(row.user),
    gender: row.user.gender,
    profilePicture: row.user.profilePicture,
    specialties: row.specialties.map((link) => link.specialty),
    experience: row.experience,
    languages: row.languages,
    consultationFee: row.consultationFee,
    ratings: { average: row.ratingAverage, count: row.ratingCount },
    consultationTypes: [...new Set(row.availability.map((slot) => slot.type))].sort(),
    hospital: { id: row.hospital.id, name: row.hospital.name, city: row.hospital.city, street: row.hospital.street },
  }
}

/**
 * The columns of a DoctorSummaryRow, for a query over `doctors d JOIN users u JOIN hospitals h`:
 * one statement where Prisma's select took six. Specialties are listed by name.
 */
export const doctorSummaryColumns = Prisma.sql`
  d."id", d."experience", coalesce(d."languages", '{}') AS "languages", d."consultationFee", d."ratingAverage",
  d."ratingCount",
  json_build_object('firstName', u."firstName", 'lastName', u."lastName", 'gender', u."gender",
    'profilePicture', u."profilePicture") AS "user",
  json_build_object('id', h."id", 'name', h."name", 'city', h."city", 'street', h."street",
    'timeZone', h."timeZone") AS "hospital",
  coalesce((SELECT json_agg(json_build_object('specialty',
              json_build_object('id', sp."id", 'name', sp."name", 'nameEn', sp."nameEn")) ORDER BY sp."name", sp."id")
              FROM doctor_specialties ds JOIN specialties sp ON sp."id" = ds."specialtyId"
             WHERE ds."doctorId" = d."id"), '[]') AS "specialties",
  coalesce((SELECT json_agg(json_build_object('type', t."type"))
              FROM (SELECT DISTINCT a."type" FROM doctor_availability_slots a WHERE a."doctorId" = d."id") t),
           '[]') AS "availability"`

export async function loadDoctorSummaries(db: PrismaClient, ids: string[]) {
  if (ids.length === 0) return new Map<string, ReturnType<typeof toDoctorSummary>>()
  const rows = await db.$queryRaw<DoctorSummaryRow[]>(Prisma.sql`
    SELECT ${doctorSummaryColumns}
      FROM doctors d
      JOIN users u ON u."id" = d."userId"
      JOIN hospitals h ON h."id" = d."hospitalId"
     WHERE d."id" = ANY(${ids}::uuid[])`)
  return new Map(rows.map((row) => [row.id, toDoctorSummary(row)]))
}
