import { mkdir, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import {
  type TVerificationDocument,
  type TVerificationDocumentsInput,
  VERIFICATION_DOCUMENT_MAX_BYTES,
  VERIFICATION_DOCUMENT_MAX_COUNT,
  ZVerificationDocumentType,
} from '@medbook/contracts'
import type { Prisma, PrismaClient } from '@medbook/db'
import { type ActivityActor, logActivity } from '../audit/log-activity.js'
import { generateToken } from '../auth/crypto.js'
import type { SessionUser } from '../auth/sessions.js'
import { AppError } from '../errors.js'
import { checkUpload } from '../uploads/file-types.js'

export { VERIFICATION_DOCUMENT_MAX_BYTES }

const DOCUMENT_TYPES = ZVerificationDocumentType.options
const NOWHERE = '00000000-0000-0000-0000-000000000000'

const documentSelect = {
  id: true,
  fileName: true,
  mimeType: true,
  sizeBytes: true,
  uploadedAt: true,
} satisfies Prisma.VerificationDocumentSelect

function toDocument(
  row: Prisma.VerificationDocumentGetPayload<{ select: typeof documentSelect }>,
): TVerificationDocument {
  return {
    ...row,
    mimeType: ZVerificationDocumentType.parse(row.mimeType),
    url: `/files/verification/${row.id}`,
  }
}

/** Whose documents a doctor or staff account owns: the doctor's own, or their hospital's. */
function ownSubject(user: SessionUser): { doctorId: string } | { hospitalId: string } | null {
  if (user.role === 'doctor' && user.doctorId) return { doctorId: user.doctorId }
  if (user.role === 'hospital' && user.hospitalId) return { hospitalId: user.hospitalId }
  return null
}

/** The documents this user may read: all for admins, their own for doctors and staff, none otherwise. */
export function readableDocuments(user: SessionUser): Prisma.VerificationDocumentWhereInput {
  if (user.role === 'admin') return {}
  return ownSubject(user) ?? { id: NOWHERE }
}

/**
 * A file name that is safe to store and to offer on download: no folders, no control
 * characters, at most 150 characters, ending in the extension of what the bytes really are.
 */
export function cleanFileName(raw: string | null, extension: string): string {
  const base = (raw ?? '')
    .split(/[\\/]/)
    .pop()
    ?.normalize('NFC')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: replacing control characters is the point
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/["<>|:*?]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
  const stem = (base || 'document').slice(0, 140)
  const extensions = extension === 'jpg' ? ['jpg', 'jpeg'] : [extension]
  const has = extensions.some((ext) => stem.toLowerCase().endsWith(`.${ext}`))
  return has ? stem : `${stem}.${extension}`
}

/** Stores an uploaded document for the doctor's own profile or the staff member's hospital. */
export async function saveVerificationDocument(
  db: PrismaClient,
  actor: ActivityActor,
  user: SessionUser,
  upload: { bytes: Buffer; fileName: string | null },
  privateFilesDir: string,
): Promise<TVerificationDocument> {
  const subject = ownSubject(user)
  if (!subject) {
    throw new AppError(
      'FORBIDDEN',
      'Only a doctor (for their profile) or hospital staff (for their hospital) upload documents',
    )
  }
  const type = checkUpload(upload.bytes, {
    maxBytes: VERIFICATION_DOCUMENT_MAX_BYTES,
    allowed: DOCUMENT_TYPES,
    what: 'A verification document',
  })
  if ((await db.verificationDocument.count({ where: subject })) >= VERIFICATION_DOCUMENT_MAX_COUNT) {
    throw new AppError('BAD_REQUEST', `At most ${VERIFICATION_DOCUMENT_MAX_COUNT} documents; delete one first`)
  }
  const storageKey = `verification/${generateToken(20)}`
  const file = path.join(privateFilesDir, storageKey)
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 })
  await writeFile(file, upload.bytes, { flag: 'wx', mode: 0o600 })
  try {
    const row = await db.verificationDocument.create({
      data: {
        ...subject,
        ownerUserId: user.id,
        fileName: cleanFileName(upload.fileName, type.extension),
        mimeType: type.mime,
        sizeBytes: upload.bytes.length,
        storageKey,
      },
      select: documentSelect,
    })
    await logActivity(db, actor, 'upload_verification_document', {
      documentId: row.id,
      ...subject,
      bytes: upload.bytes.length,
      type: type.mime,
    })
    return toDocument(row)
  } catch (error) {
    await unlink(file).catch(() => {})
    throw error
  }
}

/** One doctor's or hospital's documents: admins see any; a doctor or staff member only their own (others: NOT_FOUND). */
export async function listDocuments(db: PrismaClient, user: SessionUser, input: TVerificationDocumentsInput) {
  if (user.role === 'admin') {
    const exists =
      'doctorId' in input
        ? await db.doctor.count({ where: { id: input.doctorId } })
        : await db.hospital.count({ where: { id: input.hospitalId } })
    if (!exists) throw new AppError('NOT_FOUND', 'No such applicant')
  } else {
    const own = ownSubject(user)
    const mine =
      own &&
      (('doctorId' in input && 'doctorId' in own && own.doctorId === input.doctorId) ||
        ('hospitalId' in input && 'hospitalId' in own && own.hospitalId === input.hospitalId))
    if (!mine) throw new AppError('NOT_FOUND', 'No such applicant')
  }
  const rows = await db.verificationDocument.findMany({
    where: 'doctorId' in input ? { doctorId: input.doctorId } : { hospitalId: input.hospitalId },
    orderBy: { uploadedAt: 'asc' },
    select: documentSelect,
  })
  return rows.map(toDocument)
}

export async function listMyDocuments(db: PrismaClient, user: SessionUser) {
  const own = ownSubject(user)
  if (!own) throw new AppError('FORBIDDEN', 'This account has no doctor profile or hospital')
  const rows = await db.verificationDocument.findMany({
    where: own,
    orderBy: { uploadedAt: 'asc' },
    select: documentSelect,
  })
  return rows.map(toDocument)
}

/** The owner takes a document back while the application is still pending. */
export async function deleteDocument(
  db: PrismaClient,
  actor: ActivityActor,
  user: SessionUser,
  id: string,
  privateFilesDir: string,
) {
  const own = ownSubject(user)
  const row = own
    ? await db.verificationDocument.findFirst({
        where: { id, ...own },
        select: {
          id: true,
          storageKey: true,
          doctor: { select: { status: true } },
          hospital: { select: { status: true } },
        },
      })
    : null
  if (!row) throw new AppError('NOT_FOUND', 'No such document')
  const pending = row.doctor ? row.doctor.status === 'pending' : row.hospital?.status === 'pending'
  if (!pending) {
    throw new AppError('PRECONDITION_FAILED', 'Documents can be deleted only while the application is pending')
  }
  await db.verificationDocument.delete({ where: { id: row.id } })
  await unlink(path.join(privateFilesDir, row.storageKey)).catch(() => {})
  await logActivity(db, actor, 'delete_verification_document', { documentId: row.id, ...own })
}

/** The document and where its bytes are, when this user may read it; null otherwise (the route answers 404). */
export async function findReadableDocument(db: PrismaClient, user: SessionUser, id: string, privateFilesDir: string) {
  const row = await db.verificationDocument.findFirst({
    where: { id, ...readableDocuments(user) },
    select: { ...documentSelect, storageKey: true },
  })
  if (!row) return null
  return { ...toDocument(row), path: path.join(privateFilesDir, row.storageKey) }
}
