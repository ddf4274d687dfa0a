import { mkdir, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { MAX_RECORD_FILES, RECORD_FILE_MAX_BYTES, RECORD_FILE_TYPES, type TRecordFile } from '@medbook/contracts'
import type { PrismaClient } from '@medbook/db'
import type { ActivityActor } from '../audit/log-activity.js'
import { logActivity } from '../audit/log-activity.js'
import { generateToken } from '../auth/crypto.js'
import type { Auth } from '../context.js'
import { AppError } from '../errors.js'
import { NOWHERE_ID } from '../pagination.js'
import { checkUpload } from '../uploads/file-types.js'
import { cleanFileName } from '../verification/documents-service.js'
import { findReadableRecord, isTreatingDoctor, logClinicalAccess } from './access.js'
import { type RecordLocale, recordFileName, renderLabResultPdf, renderRecordPdf } from './pdf/record-pdf.js'
import { toRecord } from './present.js'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * The treating doctor attaches a lab result (PDF or image, its type read from its bytes) to a
 * record, drafted or shared; the file is private and read through the record's rules.
 */
export async function saveRecordFile(
  db: PrismaClient,
  auth: Auth,
  actor: ActivityActor,
  upload: { recordId: string | null; bytes: Buffer; fileName: string | null },
  privateFilesDir: string,
): Promise<TRecordFile> {
  // the id comes from the query string: anything but a UUID names no record
  const recordId = upload.recordId && UUID.test(upload.recordId) ? upload.recordId : NOWHERE_ID
  const record = await db.medicalRecord.findFirst({
    where: { id: recordId, hospitalId: auth.user.hospitalId ?? NOWHERE_ID },
    select: { id: true, doctorId: true, patientId: true, _count: { select: { files: true } } },
  })
  if (auth.user.role !== 'doctor' || !record) throw new AppError('NOT_FOUND', 'No such medical record')
  if (!isTreatingDoctor(auth, record)) {
    throw new AppError('FORBIDDEN', 'Only the treating doctor changes this record', { reason: 'not_treating' })
  }
  const type = checkUpload(upload.bytes, {
    maxBytes: RECORD_FILE_MAX_BYTES,
    allowed: RECORD_FILE_TYPES,
    what: 'A lab result file',
  })
  if (record._count.files >= MAX_RECORD_FILES) {
    throw new AppError('BAD_REQUEST', `A record holds at most ${MAX_RECORD_FILES} files`)
  }
  const storageKey = `records/${generateToken(20)}`
  const file = path.join(privateFilesDir, storageKey)
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 })
  await writeFile(file, upload.bytes, { flag: 'wx', mode: 0o600 })
  try {
    const row = await db.medicalRecordFile.create({
      data: {
        recordId: record.id,
        uploadedById: actor.userId,
        fileName: cleanFileName(upload.fileName, type.extension),
        mimeType: type.mime,
        sizeBytes: upload.bytes.length,
        storageKey,
      },
      select: { id: true, fileName: true, mimeType: true, sizeBytes: true },
    })
    await logActivity(db, actor, 'upload_medical_record_file', {
      patientId: record.patientId,
      recordId: record.id,
      fileId: row.id,
      bytes: upload.bytes.length,
    })
    return { ...row, url: `/files/records/${row.id}` }
  } catch (error) {
    await unlink(file).catch(() => {})
    throw error
  }
}

/** An uploaded lab file, if the caller may read its record; the download is logged. */
export async function findReadableRecordFile(
  db: PrismaClient,
  auth: Auth,
  actor: ActivityActor,
  fileId: string,
  privateFilesDir: string,
) {
  const file = await db.medicalRecordFile.findUnique({
    where: { id: fileId },
    select: { recordId: true, fileName: true, mimeType: true, storageKey: true },
  })
  if (!file) return null
  const record = await findReadableRecord(db, auth, file.recordId).catch(() => null)
  if (!record) return null
  await logClinicalAccess(db, actor, 'download_medical_record', { patientId: record.patientId, recordId: record.id })
  return { path: path.join(privateFilesDir, file.storageKey), mimeType: file.mimeType, fileName: file.fileName }
}

/** The record as a PDF, for whoever may read it; the download is logged. */
export async function recordPdfFor(
  db: PrismaClient,
  auth: Auth,
  actor: ActivityActor,
  recordId: string,
  locale: RecordLocale,
) {
  const row = await findReadableRecord(db, auth, recordId).catch(() => null)
  if (!row) return null
  const record = toRecord(row, false)
  await logClinicalAccess(db, actor, 'download_medical_record', { patientId: row.patientId, recordId: row.id })
  return { pdf: await renderRecordPdf(record, locale), fileName: recordFileName(record, locale) }
}

/**
 * A lab result the demo seed names (/files/lab-results/<recordId>-<n>.pdf) was never uploaded:
 * it is drawn from the record's lab test, so the demo's links open a real document.
 */
export async function demoLabResultFor(
  db: PrismaClient,
  auth: Auth,
  actor: ActivityActor,
  fileName: string,
  locale: RecordLocale,
) {
  const match = /^([0-9a-f-]{36})-(\d{1,2})\.pdf$/.exec(fileName)
  if (!match) return null
  const row = await findReadableRecord(db, auth, match[1] ?? '').catch(() => null)
  if (!row) return null
  const record = toRecord(row, false)
  const url = `/files/lab-results/${fileName}`
  const test = record.labTests.find((entry) => entry.attachments.some((attachment) => attachment.url === url))
  if (!test) return null
  await logClinicalAccess(db, actor, 'download_medical_record', { patientId: row.patientId, recordId: row.id })
  return { pdf: await renderLabResultPdf(record, test, locale), fileName }
}
