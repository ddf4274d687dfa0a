import {
  ZQualification,
  type ZUpdateHospitalProfileInput,
  type ZUpdateRosterDoctorInput,
  type ZUpsertHospitalServiceInput,
} from '@medbook/contracts'
import type { PrismaClient } from '@medbook/db'
import type { z } from 'zod'
import { fullName } from '../appointments/present.js'
import { isUniqueViolation } from '../db-errors.js'
import { AppError } from '../errors.js'
import { getMyHospitalProfile } from '../hospitals/service.js'
import { parseList } from '../patients/service.js'

function registrationNumberTaken(error: unknown): never {
  if (isUniqueViolation(error, 'registrationNumber'))
    throw new AppError('CONFLICT', 'Another hospital has this registration number', { field: 'registrationNumber' })
  throw error
}

/** Everything on the hospital's profile; operating hours and specialties are replaced whole when given. */
export async function updateHospitalProfile(
  db: PrismaClient,
  hospitalId: string,
  input: z.output<typeof ZUpdateHospitalProfileInput>,
) {
  const { operatingHours, specialtyIds, ...fields } = input
  const saving = db.$transaction(async (tx) => {
    await tx.hospital.update({ where: { id: hospitalId }, data: fields })
    if (operatingHours) {
      await tx.hospitalOperatingHours.deleteMany({ where: { hospitalId } })
      await tx.hospitalOperatingHours.createMany({ data: operatingHours.map((h) => ({ ...h, hospitalId })) })
    }
    if (specialtyIds) {
      const known = await tx.specialty.count({ where: { id: { in: specialtyIds } } })
      if (known !== new Set(specialtyIds).size)
        throw new AppError('BAD_REQUEST', 'Unknown specialty', { field: 'specialtyIds' })
      await tx.hospitalSpecialty.deleteMany({ where: { hospitalId } })
      await tx.hospitalSpecialty.createMany({
        data: [...new Set(specialtyIds)].map((specialtyId) => ({ hospitalId, specialtyId })),
      })
    }
  })
  await saving.catch(registrationNumberTaken)
  return getMyHospitalProfile(db, hospitalId)
}

export async function listHospitalServices(db: PrismaClient, hospitalId: string, onlyAvailable = false) {
  const rows = await db.hospitalService.findMany({
    where: { hospitalId, ...(onlyAvailable ? { isAvailable: true } : {}) },
    include: { service: true },
    orderBy: { service: { name: 'asc' } },
  })
  return rows.map((row) => ({
    id: row.id,
    serviceId: row.serviceId,
    name: row.service.name,
    category: row.service.category,
    basePrice: row.service.basePrice,
    price: row.price,
    description: row.description,
    isAvailable: row.isAvailable,
  }))
}

export async function upsertHospitalService(
  db: PrismaClient,
  hospitalId: string,
  input: z.output<typeof ZUpsertHospitalServiceInput>,
) {
  const service = await db.service.findUnique({ where: { id: input.serviceId } })
  if (!service) throw new AppError('NOT_FOUND', 'No such service in the catalogue')
  await db.hospitalService.upsert({
    where: { hospitalId_serviceId: { hospitalId, serviceId: input.serviceId } },
    create: {
      hospitalId,
      serviceId: input.serviceId,
      price: input.price,
      description: input.description ?? null,
      isAvailable: input.isAvailable,
    },
    update: { price: input.price, description: input.description, isAvailable: input.isAvailable },
  })
  return listHospitalServices(db, hospitalId)
}

const rosterSelect = {
  id: true,
  userId: true,
  status: true,
  licenseNumber: true,
  experience: true,
  languages: true,
  consultationFee: true,
  biography: true,
  qualifications: true,
  ratingAverage: true,
  ratingCount: true,
  user: { select: { firstName: true, lastName: true, email: true, status: true } },
  specialties: { select: { specialty: { select: { id: true, name: true } } } },
  availability: { select: { type: true }, distinct: ['type'] as Array<'type'> },
} as const

export async function listRoster(db: PrismaClient, hospitalId: string) {
  const rows = await db.doctor.findMany({ where: { hospitalId }, select: rosterSelect, orderBy: { createdAt: 'asc' } })
  return rows.map(({ user, specialties, qualifications, ratingAverage, ratingCount, availability, ...doctor }) => ({
    ...doctor,
    ratings: { average: ratingAverage, count: ratingCount },
    consultationTypes: [...new Set(availability.map((slot) => slot.type))].sort(),
    name: fullName(user),
    email: user.email,
    accountStatus: user.status,
    specialties: specialties.map((link) => link.specialty),
    qualifications: parseList(ZQualification, qualifications),
  }))
}

/** Staff edit a doctor of their own hospital: specialties, qualifications, experience, biography, languages, fee. */
export async function updateRosterDoctor(
  db: PrismaClient,
  hospitalId: string,
  input: z.output<typeof ZUpdateRosterDoctorInput>,
) {
  const { doctorId, specialtyIds, ...fields } = input
  const doctor = await db.doctor.findFirst({ where: { id: doctorId, hospitalId }, select: { id: true } })
  if (!doctor) throw new AppError('NOT_FOUND', 'No such doctor at your hospital')
  await db.$transaction(async (tx) => {
    await tx.doctor.update({ where: { id: doctorId }, data: fields })
    if (specialtyIds) {
      const known = await tx.specialty.count({ where: { id: { in: specialtyIds } } })
      if (known !== new Set(specialtyIds).size)
        throw new AppError('BAD_REQUEST', 'Unknown specialty', { field: 'specialtyIds' })
      await tx.doctorSpecialty.deleteMany({ where: { doctorId } })
      await tx.doctorSpecialty.createMany({
        data: [...new Set(specialtyIds)].map((specialtyId) => ({ doctorId, specialtyId })),
      })
    }
  })
  return (await listRoster(db, hospitalId)).find((row) => row.id === doctorId)
}
