import {
  ZEmergencyContact,
  ZMedicalHistoryEntry,
  ZMedication,
  type ZUpdatePatientMedicalInput,
} from '@medbook/contracts'
import { Prisma, type PrismaClient } from '@medbook/db'
import { z } from 'zod'
import { AppError } from '../errors.js'

/** JSON written by older code, or by hand, that no longer fits is dropped from the answer, never passed on. */
export function parseList<T extends z.ZodType>(schema: T, value: unknown): z.output<T>[] {
  const parsed = z.array(z.unknown()).safeParse(value)
  if (!parsed.success) return []
  return parsed.data.flatMap((item) => {
    const entry = schema.safeParse(item)
    return entry.success ? [entry.data] : []
  })
}

export async function getMedicalProfile(db: PrismaClient, patientId: string) {
  const patient = await db.patient.findUniqueOrThrow({ where: { id: patientId } })
  const contact = patient.emergencyContact ? ZEmergencyContact.safeParse(patient.emergencyContact) : null
  return {
    medicalHistory: parseList(ZMedicalHistoryEntry, patient.medicalHistory),
    allergies: patient.allergies,
    medications: parseList(ZMedication, patient.medications),
    emergencyContact: contact?.success ? contact.data : null,
  }
}

export async function updateMedicalProfile(
  db: PrismaClient,
  patientId: string,
  input: z.output<typeof ZUpdatePatientMedicalInput>,
) {
  await db.patient.update({
    where: { id: patientId },
    data: {
      medicalHistory: input.medicalHistory,
      allergies: input.allergies,
      medications: input.medications,
      emergencyContact:
        input.emergencyContact === undefined
          ? undefined
          : input.emergencyContact === null
            ? Prisma.DbNull
            : input.emergencyContact,
    },
  })
  return getMedicalProfile(db, patientId)
}

export async function listFavoriteDoctors(db: PrismaClient, patientId: string) {
  const rows = await db.patientFavoriteDoctor.findMany({
    where: { patientId, doctor: { status: 'approved' } },
    orderBy: { createdAt: 'desc' },
    select: {
      doctor: {
        select: {
          id: true,
          consultationFee: true,
          ratingAverage: true,
          user: { select: { firstName: true, lastName: true, profilePicture: true } },
          hospital: { select: { id: true, name: true } },
        },
      },
    },
  })
  return rows.map(({ doctor }) => ({
    doctorId: doctor.id,
    name: `${doctor.user.lastName} ${doctor.user.firstName}`,
    profilePicture: doctor.user.profilePicture,
    hospital: doctor.hospital,
    consultationFee: doctor.consultationFee,
    ratingAverage: doctor.ratingAverage,
  }))
}

export async function addFavoriteDoctor(db: PrismaClient, patientId: string, doctorId: string) {
  const doctor = await db.doctor.findFirst({ where: { id: doctorId, status: 'approved' }, select: { id: true } })
  if (!doctor) throw new AppError('NOT_FOUND', 'No such doctor')
  await db.patientFavoriteDoctor.upsert({
    where: { patientId_doctorId: { patientId, doctorId } },
    create: { patientId, doctorId },
    update: {},
  })
}
