import {
  type TLabTest,
  type TMedicalRecord,
  type TRecordContent,
  type TRecordFile,
  type TRecordSummary,
  ZLabTest,
  ZPrescriptionItem,
} from '@medbook/contracts'
import type { Prisma } from '@medbook/db'
import { z } from 'zod'
import { fullName } from '../appointments/present.js'

const named = { select: { firstName: true, lastName: true } } as const

export const recordSelect = {
  id: true,
  appointmentId: true,
  patientId: true,
  familyMemberId: true,
  doctorId: true,
  hospitalId: true,
  diagnosis: true,
  diagnosisCodes: true,
  treatment: true,
  prescription: true,
  labTests: true,
  notes: true,
  followUpDate: true,
  isSharedWithPatient: true,
  sharedAt: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  patient: { select: { user: named } },
  familyMember: { select: { firstName: true, lastName: true, relationship: true } },
  doctor: { select: { user: named } },
  hospital: { select: { name: true } },
  appointment: { select: { appointmentDate: true } },
  files: { select: { id: true, fileName: true, mimeType: true, sizeBytes: true } },
} as const satisfies Prisma.MedicalRecordSelect

export type RecordRow = Prisma.MedicalRecordGetPayload<{ select: typeof recordSelect }>
type FileRow = RecordRow['files'][number]

/** The clinical fields as stored, the shape an amendment keeps of the version it replaces. */
export const ZStoredContent = z.object({
  diagnosis: z.array(z.string()),
  diagnosisCodes: z.array(z.string()),
  treatment: z.string().nullable(),
  prescription: z.array(ZPrescriptionItem),
  labTests: z.array(ZLabTest),
  notes: z.string().nullable(),
  followUpDate: z.string().nullable(),
})
export type StoredContent = z.infer<typeof ZStoredContent>

const dateOnly = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null)

/** Lab tests as stored (JSON); a malformed value reads as none. */
export const parseLabTests = (json: Prisma.JsonValue): TLabTest[] => z.array(ZLabTest).catch([]).parse(json)

export function storedContentOf(row: {
  diagnosis: string[]
  diagnosisCodes: string[] | null
  treatment: string | null
  prescription: Prisma.JsonValue
  labTests: Prisma.JsonValue
  notes: string | null
  followUpDate: Date | null
}): StoredContent {
  return {
    diagnosis: row.diagnosis,
    diagnosisCodes: row.diagnosis.map((_, index) => row.diagnosisCodes?.[index] ?? ''),
    treatment: row.treatment,
    prescription: z.array(ZPrescriptionItem).catch([]).parse(row.prescription),
    labTests: parseLabTests(row.labTests),
    notes: row.notes,
    followUpDate: dateOnly(row.followUpDate),
  }
}

const FILE_URL = /^\/files\/records\/([0-9a-f-]{36})$/
const MIME_BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
}

/** A lab attachment as readers get it: an uploaded file's name and type, or a demo file named by its URL. */
function attachmentOf(url: string, files: FileRow[]): TRecordFile {
  const uploaded = FILE_URL.exec(url)
  const file = uploaded ? files.find((row) => row.id === uploaded[1]) : undefined
  if (file) return { id: file.id, fileName: file.fileName, mimeType: file.mimeType, sizeBytes: file.sizeBytes, url }
  const fileName = url.split('/').pop() ?? 'file'
  const extension = fileName.split('.').pop()?.toLowerCase() ?? ''
  return {
    id: null,
    fileName,
    mimeType: MIME_BY_EXTENSION[extension] ?? 'application/octet-stream',
    sizeBytes: null,
    url,
  }
}

export function toContent(stored: StoredContent, files: FileRow[]): TRecordContent {
  return {
    diagnosis: stored.diagnosis.map((text, index) => ({ text, code: stored.diagnosisCodes[index] ?? '' })),
    treatment: stored.treatment,
    prescription: stored.prescription,
    labTests: stored.labTests.map((test) => ({
      name: test.name,
      results: test.results ?? null,
      date: test.date ?? null,
      attachments: test.attachments.map((url) => attachmentOf(url, files)),
    })),
    notes: stored.notes,
    followUpDate: stored.followUpDate,
  }
}

function personOf(row: RecordRow) {
  return {
    patientId: row.patientId,
    familyMemberId: row.familyMemberId,
    name: fullName(row.familyMember ?? row.patient.user),
    relationship: row.familyMember?.relationship ?? null,
  }
}

const visitDateOf = (row: RecordRow) =>
  dateOnly(row.appointment?.appointmentDate ?? null) ?? row.createdAt.toISOString().slice(0, 10)

export function toRecord(row: RecordRow, editable: boolean): TMedicalRecord {
  return {
    ...toContent(storedContentOf(row), row.files),
    id: row.id,
    appointmentId: row.appointmentId,
    person: personOf(row),
    doctor: { id: row.doctorId, name: fullName(row.doctor.user) },
    hospital: { id: row.hospitalId, name: row.hospital.name },
    visitDate: visitDateOf(row),
    isSharedWithPatient: row.isSharedWithPatient,
    sharedAt: row.sharedAt,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    editable,
  }
}

export function toSummary(row: RecordRow): TRecordSummary {
  return {
    id: row.id,
    person: personOf(row),
    doctorId: row.doctorId,
    doctorName: fullName(row.doctor.user),
    hospitalName: row.hospital.name,
    visitDate: visitDateOf(row),
    diagnosis: row.diagnosis,
    followUpDate: dateOnly(row.followUpDate),
    version: row.version,
    sharedAt: row.sharedAt,
  }
}
