import type { TLabTest, TMedicalRecord, TRecordContentInput } from '@medbook/contracts'
import type { Prisma, PrismaClient } from '@medbook/db'
import type { ActivityActor } from '../audit/log-activity.js'
import type { Auth } from '../context.js'
import { isUniqueViolation } from '../db-errors.js'
import { AppError } from '../errors.js'
import { NOWHERE_ID } from '../pagination.js'
import { isTreatingDoctor, logClinicalAccess } from './access.js'
import { recordRecordNotification } from './notify.js'
import { parseLabTests, recordSelect, type StoredContent, storedContentOf, toRecord } from './present.js'

/**
 * Attachments a lab test had that were never uploads (the demo seed's drawn results): the editor
 * cannot name them by file id, so they stay with the lab test of the same name.
 */
function keptAttachments(previous: readonly TLabTest[], name: string): string[] {
  const earlier = previous.find((test) => test.name === name)
  return (earlier?.attachments ?? []).filter((url) => !url.startsWith('/files/records/'))
}

/** The record's columns for what the doctor wrote; lab files must be ones uploaded to this record. */
function columnsOf(content: TRecordContentInput, uploaded: ReadonlySet<string>, previous: readonly TLabTest[] = []) {
  const stored: StoredContent = {
    diagnosis: content.diagnosis.map((entry) => entry.text),
    diagnosisCodes: content.diagnosis.map((entry) => entry.code),
    treatment: content.treatment,
    prescription: content.prescription,
    labTests: content.labTests.map((test) => {
      const unknown = test.fileIds.find((id) => !uploaded.has(id))
      if (unknown) {
        throw new AppError('BAD_REQUEST', 'A lab result names a file that was not uploaded to this record', {
          reason: 'unknown_file',
        })
      }
      return {
        name: test.name,
        ...(test.results ? { results: test.results } : {}),
        ...(test.date ? { date: test.date } : {}),
        attachments: [...keptAttachments(previous, test.name), ...test.fileIds.map((id) => `/files/records/${id}`)],
      }
    }),
    notes: content.notes,
    followUpDate: content.followUpDate,
  }
  return {
    diagnosis: stored.diagnosis,
    diagnosisCodes: stored.diagnosisCodes,
    treatment: stored.treatment,
    prescription: stored.prescription as Prisma.InputJsonValue,
    labTests: stored.labTests as Prisma.InputJsonValue,
    notes: stored.notes,
    followUpDate: stored.followUpDate ? new Date(`${stored.followUpDate}T00:00:00Z`) : null,
  }
}

/** The visit a doctor may write about: their own, under way or completed. */
async function findWritableVisit(db: PrismaClient, auth: Auth, appointmentId: string, now: Date) {
  const visit = await db.appointment.findFirst({
    where: { id: appointmentId, doctorId: auth.user.doctorId ?? NOWHERE_ID },
    select: {
      id: true,
      status: true,
      startsAt: true,
      patientId: true,
      familyMemberId: true,
      hospitalId: true,
      doctorId: true,
    },
  })
  if (!visit) throw new AppError('NOT_FOUND', 'No such appointment')
  const underWay = visit.status === 'scheduled' && visit.startsAt <= now
  if (visit.status !== 'completed' && !underWay) {
    throw new AppError('PRECONDITION_FAILED', 'A record is written once the visit has started or is completed', {
      reason: visit.status === 'scheduled' ? 'not_started' : 'not_held',
    })
  }
  return visit
}

/**
 * The treating doctor's draft of a visit's record, saved as they type (autosave): created on
 * the first save, replaced on the next ones, for the patient or the family member seen. Once
 * shared, a record changes only by amendment.
 */
export async function saveRecordDraft(
  db: PrismaClient,
  auth: Auth,
  actor: ActivityActor,
  input: { appointmentId: string; content: TRecordContentInput },
  now: Date,
): Promise<TMedicalRecord> {
  const visit = await findWritableVisit(db, auth, input.appointmentId, now)
  const write = () =>
    db.$transaction(async (tx) => {
      const existing = await tx.medicalRecord.findUnique({
        where: { appointmentId: visit.id },
        select: { id: true, isSharedWithPatient: true, labTests: true, files: { select: { id: true } } },
      })
      if (existing?.isSharedWithPatient) {
        throw new AppError('CONFLICT', 'This record is shared with the patient; amend it with a reason', {
          reason: 'shared',
        })
      }
      const columns = columnsOf(
        input.content,
        new Set(existing?.files.map((file) => file.id)),
        existing ? parseLabTests(existing.labTests) : [],
      )
      const row = existing
        ? await tx.medicalRecord.update({
            where: { id: existing.id },
            data: { ...columns, updatedById: actor.userId },
            select: recordSelect,
          })
        : await tx.medicalRecord.create({
            data: {
              ...columns,
              appointmentId: visit.id,
              patientId: visit.patientId,
              familyMemberId: visit.familyMemberId,
              doctorId: visit.doctorId,
              hospitalId: visit.hospitalId,
              updatedById: actor.userId,
            },
            select: recordSelect,
          })
      await logClinicalAccess(tx, actor, 'write_medical_record', {
        patientId: row.patientId,
        recordId: row.id,
        familyMemberId: row.familyMemberId,
      })
      return row
    })
  // two first saves racing: the second finds the record the first created
  const row = await write().catch((error: unknown) => {
    if (isUniqueViolation(error)) return write()
    throw error
  })
  return toRecord(row, true)
}

async function findOwnRecord(db: PrismaClient | Prisma.TransactionClient, auth: Auth, id: string) {
  const row = await db.medicalRecord.findFirst({
    where: { id, hospitalId: auth.user.hospitalId ?? NOWHERE_ID },
    select: recordSelect,
  })
  if (!row) throw new AppError('NOT_FOUND', 'No such medical record')
  if (!isTreatingDoctor(auth, row)) {
    throw new AppError('FORBIDDEN', 'Only the treating doctor changes this record', { reason: 'not_treating' })
  }
  return row
}

/** The patient can read it from now on (and is told); sharing twice changes nothing. */
export async function shareRecord(
  db: PrismaClient,
  auth: Auth,
  actor: ActivityActor,
  id: string,
  now: Date,
): Promise<{ record: TMedicalRecord; notificationIds: string[] }> {
  const current = await findOwnRecord(db, auth, id)
  if (current.isSharedWithPatient) return { record: toRecord(current, true), notificationIds: [] }
  if (current.diagnosis.length === 0) {
    throw new AppError('PRECONDITION_FAILED', 'Write at least one diagnosis before sharing', {
      reason: 'no_diagnosis',
    })
  }
  return db.$transaction(async (tx) => {
    const { count } = await tx.medicalRecord.updateMany({
      where: { id, isSharedWithPatient: false },
      data: { isSharedWithPatient: true, sharedAt: now },
    })
    const row = await tx.medicalRecord.findUniqueOrThrow({ where: { id }, select: recordSelect })
    if (count === 0) return { record: toRecord(row, true), notificationIds: [] }
    await logClinicalAccess(tx, actor, 'share_medical_record', {
      patientId: row.patientId,
      recordId: row.id,
      familyMemberId: row.familyMemberId,
    })
    const notificationId = await recordRecordNotification(tx, row, 'shared')
    return { record: toRecord(row, true), notificationIds: [notificationId] }
  })
}

/**
 * Changes a shared record: the version it replaces is kept with who amended it, when and why,
 * and the patient reads the new one. Two amendments at once: one waits for the other.
 */
export async function amendRecord(
  db: PrismaClient,
  auth: Auth,
  actor: ActivityActor & { userId: string },
  input: { id: string; content: TRecordContentInput; reason: string },
  now: Date,
): Promise<{ record: TMedicalRecord; notificationIds: string[] }> {
  await findOwnRecord(db, auth, input.id)
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "medical_records" WHERE "id" = ${input.id}::uuid FOR UPDATE`
    const current = await findOwnRecord(tx, auth, input.id)
    if (!current.isSharedWithPatient) {
      throw new AppError('CONFLICT', 'This record is still a draft; save it instead of amending', {
        reason: 'draft',
      })
    }
    const columns = columnsOf(
      input.content,
      new Set(current.files.map((file) => file.id)),
      storedContentOf(current).labTests,
    )
    await tx.medicalRecordVersion.create({
      data: {
        recordId: current.id,
        version: current.version,
        content: storedContentOf(current) as Prisma.InputJsonValue,
        amendedById: actor.userId,
        amendedAt: now,
        reason: input.reason,
      },
    })
    const row = await tx.medicalRecord.update({
      where: { id: current.id },
      data: { ...columns, version: current.version + 1, updatedById: actor.userId },
      select: recordSelect,
    })
    await logClinicalAccess(tx, actor, 'amend_medical_record', {
      patientId: row.patientId,
      recordId: row.id,
      familyMemberId: row.familyMemberId,
    })
    const notificationId = await recordRecordNotification(tx, row, 'amended')
    return { record: toRecord(row, true), notificationIds: [notificationId] }
  })
}
