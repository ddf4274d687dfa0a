import {
  ICD10_COMMON,
  type TMedicalRecord,
  type TRecordSummary,
  type ZRecordAccessAction,
  ZRecordHistory,
} from '@medbook/contracts'
import { Prisma, type PrismaClient } from '@medbook/db'
import type { z } from 'zod'
import { fullName } from '../appointments/present.js'
import type { ActivityActor } from '../audit/log-activity.js'
import type { Auth } from '../context.js'
import { AppError } from '../errors.js'
import { createdBefore, decodeInstantCursor, encodeKeysetCursor, NOWHERE_ID, nextCreatedCursor } from '../pagination.js'
import { findReadableRecord, isTreatingDoctor, logClinicalAccess } from './access.js'
import { recordSelect, toContent, toRecord, toSummary, ZStoredContent } from './present.js'

/** A record with its clinical content; the read is logged. */
export async function readRecord(
  db: PrismaClient,
  auth: Auth,
  actor: ActivityActor,
  id: string,
): Promise<TMedicalRecord> {
  const row = await findReadableRecord(db, auth, id)
  await logClinicalAccess(db, actor, 'read_medical_record', {
    patientId: row.patientId,
    recordId: row.id,
    familyMemberId: row.familyMemberId,
  })
  return toRecord(row, isTreatingDoctor(auth, row))
}

/** The versions a record had before its amendments, newest first; the read is logged. */
export async function recordHistory(db: PrismaClient, auth: Auth, actor: ActivityActor, id: string) {
  const row = await findReadableRecord(db, auth, id)
  const versions = await db.medicalRecordVersion.findMany({
    where: { recordId: row.id },
    orderBy: { version: 'desc' },
    select: {
      version: true,
      content: true,
      amendedAt: true,
      reason: true,
      amendedBy: { select: { firstName: true, lastName: true } },
    },
  })
  await logClinicalAccess(db, actor, 'read_medical_record', {
    patientId: row.patientId,
    recordId: row.id,
    familyMemberId: row.familyMemberId,
  })
  return ZRecordHistory.parse({
    current: row.version,
    earlier: versions.map((version) => ({
      version: version.version,
      content: toContent(ZStoredContent.parse(version.content), row.files),
      amendedAt: version.amendedAt,
      amendedByName: version.amendedBy ? fullName(version.amendedBy) : '',
      reason: version.reason,
    })),
  })
}

/** The patient's shared records, of themselves and their family (or one person), newest first. */
export async function myRecords(
  db: PrismaClient,
  patientId: string,
  input: { limit: number; cursor?: string; person?: string },
): Promise<{ items: TRecordSummary[]; nextCursor: string | null }> {
  const after = input.cursor ? decodeInstantCursor(input.cursor) : null
  const rows = await db.medicalRecord.findMany({
    where: {
      patientId,
      isSharedWithPatient: true,
      ...(input.person === 'self' ? { familyMemberId: null } : input.person ? { familyMemberId: input.person } : {}),
      ...createdBefore(after),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: input.limit + 1,
    select: recordSelect,
  })
  return {
    items: rows.slice(0, input.limit).map(toSummary),
    nextCursor: nextCreatedCursor(rows, input.limit),
  }
}

/** Whether a visit of this hospital has a record: what staff may know, without its content. */
export async function recordOfVisit(db: PrismaClient, auth: Auth, appointmentId: string) {
  const visit = await db.appointment.findFirst({
    where: { id: appointmentId, hospitalId: auth.user.hospitalId ?? NOWHERE_ID },
    select: {
      medicalRecord: { select: { id: true, isSharedWithPatient: true, version: true, updatedAt: true } },
    },
  })
  if (!visit) throw new AppError('NOT_FOUND', 'No such appointment')
  const record = visit.medicalRecord
  return {
    exists: record !== null,
    id: record?.id ?? null,
    isSharedWithPatient: record?.isSharedWithPatient ?? false,
    version: record?.version ?? null,
    updatedAt: record?.updatedAt ?? null,
  }
}

const ACTIONS: Record<string, z.infer<typeof ZRecordAccessAction>> = {
  read_medical_record: 'read',
  download_medical_record: 'download',
  write_medical_record: 'write',
  share_medical_record: 'share',
  amend_medical_record: 'amend',
  open_patient_chart: 'chart',
}

/** "Who opened my records": every clinical read and write about the patient by someone else, newest first. */
export async function recordAccessLog(
  db: PrismaClient,
  patient: { patientId: string; userId: string },
  input: { limit: number; cursor?: string },
) {
  const after = input.cursor ? decodeInstantCursor(input.cursor, 'timestampAt') : null
  const rows = await db.$queryRaw<
    {
      id: string
      timestamp: Date
      action: string
      recordId: string | null
      userRole: 'patient' | 'doctor' | 'hospital' | 'admin' | null
      firstName: string | null
      lastName: string | null
      hospitalName: string | null
    }[]
  >`
    SELECT l."id", l."timestamp", l."action", l."details" ->> 'recordId' AS "recordId", l."userRole",
           u."firstName", u."lastName", COALESCE(dh."name", sh."name") AS "hospitalName"
      FROM "activity_logs" l
      LEFT JOIN "users" u ON u."id" = l."userId"
      LEFT JOIN "doctors" d ON d."userId" = l."userId"
      LEFT JOIN "hospitals" dh ON dh."id" = d."hospitalId"
      LEFT JOIN "hospitals" sh ON sh."userId" = l."userId"
     WHERE (l."details" ->> 'patientId') = ${patient.patientId}
       AND (l."action" LIKE '%medical_record%' OR l."action" = 'open_patient_chart')
       AND l."userId" IS DISTINCT FROM ${patient.userId}::uuid
       ${after ? Prisma.sql`AND (l."timestamp", l."id") < (${after.at}, ${after.id}::uuid)` : Prisma.empty}
     ORDER BY l."timestamp" DESC, l."id" DESC
     LIMIT ${input.limit + 1}`
  const page = rows.slice(0, input.limit)
  const last = page.at(-1)
  return {
    items: page.map((row) => ({
      at: row.timestamp,
      name: row.firstName !== null ? fullName({ firstName: row.firstName, lastName: row.lastName ?? '' }) : '',
      role: row.userRole,
      hospitalName: row.hospitalName,
      action: ACTIONS[row.action] ?? 'read',
      recordId: row.recordId,
    })),
    nextCursor:
      rows.length > input.limit && last
        ? encodeKeysetCursor({ timestampAt: last.timestamp.toISOString(), id: last.id })
        : null,
  }
}

const fold = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()

/** Diagnoses from the shipped ICD-10 catalogue: by code prefix, or by words of the name (accents optional). */
export function searchDiagnoses(q: string) {
  const query = fold(q.trim())
  if (!query) return ICD10_COMMON.slice(0, 20).map(({ code, vi, en }) => ({ code, vi, en }))
  const words = query.split(/\s+/)
  return ICD10_COMMON.filter((entry) => {
    if (fold(entry.code).startsWith(query)) return true
    const names = fold(`${entry.vi} ${entry.en} ${(entry.aliases ?? []).join(' ')}`)
    return words.every((word) => names.includes(word))
  })
    .slice(0, 20)
    .map(({ code, vi, en }) => ({ code, vi, en }))
}
