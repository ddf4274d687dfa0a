import type { Prisma, PrismaClient } from '@medbook/db'
import { type ActivityAction, type ActivityActor, logActivity } from '../audit/log-activity.js'
import type { Auth } from '../context.js'
import { AppError } from '../errors.js'
import { type RecordRow, recordSelect } from './present.js'

const NOWHERE = '00000000-0000-0000-0000-000000000000'

/**
 * The records whose clinical content this account may read: a doctor, every record of their
 * hospital (the treating doctor and colleagues); a patient, the shared records of themselves
 * and their family. Staff and administrators read none.
 */
export function readableRecords(auth: Auth): Prisma.MedicalRecordWhereInput {
  const { user } = auth
  if (user.role === 'doctor' && user.doctorId && user.hospitalId) return { hospitalId: user.hospitalId }
  if (user.role === 'patient' && user.patientId) return { patientId: user.patientId, isSharedWithPatient: true }
  return { id: NOWHERE }
}

export async function findReadableRecord(db: PrismaClient, auth: Auth, id: string): Promise<RecordRow> {
  const row = await db.medicalRecord.findFirst({ where: { id, ...readableRecords(auth) }, select: recordSelect })
  if (!row) throw new AppError('NOT_FOUND', 'No such medical record')
  return row
}

/** Only the doctor who treated the visit writes its record. */
export function isTreatingDoctor(auth: Auth, record: { doctorId: string }): boolean {
  return auth.user.role === 'doctor' && auth.user.doctorId === record.doctorId
}

type ClinicalAction = Extract<
  ActivityAction,
  | 'read_medical_record'
  | 'download_medical_record'
  | 'write_medical_record'
  | 'share_medical_record'
  | 'amend_medical_record'
  | 'open_patient_chart'
>

/**
 * Every read and write of clinical content goes to the activity log, named by the patient it
 * concerns (so "who opened my records" is one index range) and never with the content itself.
 */
export function logClinicalAccess(
  db: PrismaClient | Prisma.TransactionClient,
  actor: ActivityActor,
  action: ClinicalAction,
  subject: { patientId: string; recordId?: string | null; familyMemberId?: string | null },
): Promise<void> {
  return logActivity(db, actor, action, {
    patientId: subject.patientId,
    ...(subject.recordId ? { recordId: subject.recordId } : {}),
    ...(subject.familyMemberId ? { familyMemberId: subject.familyMemberId } : {}),
  })
}
