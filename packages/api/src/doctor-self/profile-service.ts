import { type TDoctorSelfProfile, ZQualification, type ZUpdateDoctorSelfProfileInput } from '@medbook/contracts'
import type { PrismaClient } from '@medbook/db'
import type { z } from 'zod'
import { AppError } from '../errors.js'
import { parseList } from '../patients/service.js'

const selfSelect = {
  id: true,
  status: true,
  licenseNumber: true,
  experience: true,
  consultationFee: true,
  ratingAverage: true,
  ratingCount: true,
  biography: true,
  languages: true,
  qualifications: true,
  user: { select: { firstName: true, lastName: true } },
  hospital: { select: { id: true, name: true } },
  specialties: { select: { specialty: { select: { id: true, name: true, nameEn: true } } } },
} as const

/** The signed-in doctor's own professional profile. */
export async function getDoctorSelfProfile(db: PrismaClient, doctorId: string): Promise<TDoctorSelfProfile> {
  const row = await db.doctor.findUnique({ where: { id: doctorId }, select: selfSelect })
  if (!row) throw new AppError('NOT_FOUND', 'No such doctor')
  const { user, specialties, ratingAverage, ratingCount, qualifications, ...doctor } = row
  return {
    ...doctor,
    name: `${user.lastName} ${user.firstName}`,
    specialties: specialties.map((link) => link.specialty).sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    ratings: { average: ratingAverage, count: ratingCount },
    qualifications: parseList(ZQualification, qualifications),
  }
}

/** A doctor changes what is theirs to tell patients: biography, languages, qualifications. */
export async function updateDoctorSelfProfile(
  db: PrismaClient,
  doctorId: string,
  input: z.output<typeof ZUpdateDoctorSelfProfileInput>,
): Promise<TDoctorSelfProfile> {
  await db.doctor.update({
    where: { id: doctorId },
    data: { biography: input.biography, languages: input.languages, qualifications: input.qualifications },
  })
  return getDoctorSelfProfile(db, doctorId)
}
