import type { TDoctorSummary } from '@medbook/contracts'
import type { Prisma, PrismaClient } from '@medbook/db'
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

export async function loadDoctorSummaries(db: PrismaClient, ids: string[]) {
  const rows = await db.doctor.findMany({ where: { id: { in: ids } }, select: doctorSummarySelect })
  return new Map(rows.map((row) => [row.id, toDoctorSummary(row)]))
}
