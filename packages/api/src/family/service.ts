import {
  type TFamilyMember,
  type ZFamilyMemberInput,
  ZMedicalHistoryEntry,
  type ZUpdateFamilyMemberInput,
} from '@medbook/contracts'
import type { PrismaClient } from '@medbook/db'
import type { z } from 'zod'
import { AppError } from '../errors.js'
import { parseList } from '../patients/service.js'
import { isoDate } from '../profile/service.js'

type FamilyRow = Awaited<ReturnType<PrismaClient['familyMember']['findFirstOrThrow']>>

function toFamilyMember(row: FamilyRow): TFamilyMember {
  return {
    id: row.id,
    relationship: row.relationship,
    firstName: row.firstName,
    lastName: row.lastName,
    dateOfBirth: isoDate(row.dateOfBirth),
    gender: row.gender,
    phoneNumber: row.phoneNumber,
    medicalHistory: parseList(ZMedicalHistoryEntry, row.medicalHistory),
  }
}

const NOT_YOURS = 'No such family member on your account'

export async function listFamilyMembers(db: PrismaClient, patientId: string) {
  const rows = await db.familyMember.findMany({ where: { patientId }, orderBy: { createdAt: 'asc' } })
  return rows.map(toFamilyMember)
}

export async function addFamilyMember(db: PrismaClient, patientId: string, input: z.output<typeof ZFamilyMemberInput>) {
  const count = await db.familyMember.count({ where: { patientId } })
  if (count >= 20) throw new AppError('BAD_REQUEST', 'At most 20 family members per account')
  const row = await db.familyMember.create({
    data: {
      patientId,
      relationship: input.relationship,
      firstName: input.firstName,
      lastName: input.lastName,
      dateOfBirth: input.dateOfBirth ? new Date(input.dateOfBirth) : null,
      gender: input.gender ?? null,
      phoneNumber: input.phoneNumber ?? null,
      medicalHistory: input.medicalHistory,
    },
  })
  return toFamilyMember(row)
}

export async function updateFamilyMember(
  db: PrismaClient,
  patientId: string,
  input: z.output<typeof ZUpdateFamilyMemberInput>,
) {
  const { count } = await db.familyMember.updateMany({
    where: { id: input.id, patientId },
    data: {
      relationship: input.relationship,
      firstName: input.firstName,
      lastName: input.lastName,
      dateOfBirth: input.dateOfBirth === undefined ? undefined : input.dateOfBirth ? new Date(input.dateOfBirth) : null,
      gender: input.gender,
      phoneNumber: input.phoneNumber,
      medicalHistory: input.medicalHistory,
    },
  })
  if (count === 0) throw new AppError('NOT_FOUND', NOT_YOURS)
  return toFamilyMember(await db.familyMember.findFirstOrThrow({ where: { id: input.id, patientId } }))
}

export async function removeFamilyMember(db: PrismaClient, patientId: string, id: string) {
  const member = await db.familyMember.findFirst({
    where: { id, patientId },
    select: { id: true, _count: { select: { appointments: true, medicalRecords: true } } },
  })
  if (!member) throw new AppError('NOT_FOUND', NOT_YOURS)
  if (member._count.appointments > 0 || member._count.medicalRecords > 0) {
    throw new AppError(
      'CONFLICT',
      'This family member has appointments or medical records, which must stay; they cannot be removed',
    )
  }
  await db.familyMember.delete({ where: { id } })
}
