import { z } from 'zod'
import { ZFamilyRelationship, ZUserRole } from './enums.js'
import { ZInstant, ZIsoDate } from './json-shapes.js'
import { ZCursorPageInput, ZPage } from './pagination.js'

/** The longest treatment, notes or lab result (medical_records_content_check). */
export const MAX_RECORD_TEXT = 5000
/** Lab result files: PDF or image, checked by their bytes. */
export const RECORD_FILE_MAX_BYTES = 10 * 1024 * 1024
export const RECORD_FILE_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'] as const
export const MAX_RECORD_FILES = 20

const ZId = z.string().uuid()
const text = (max: number) => z.string().trim().max(max, 'too_long')
const optionalText = (max: number) =>
  text(max)
    .nullish()
    .transform((value) => value || null)

export const ZIcd10Code = z.string().regex(/^[A-Z]\d{2}(\.\d{1,2})?$/, 'icd10_format')

export const ZDiagnosisEntry = z.object({
  text: text(300).min(1, 'required'),
  /** the ICD-10 code, when the doctor picked one */
  code: z.union([ZIcd10Code, z.literal('')]).default(''),
})

export const ZPrescriptionLine = z.object({
  medicationName: text(200).min(1, 'required'),
  dosage: text(100),
  frequency: text(100),
  duration: text(100),
  instructions: text(1000).optional(),
})

export const ZLabTestInput = z.object({
  name: text(200).min(1, 'required'),
  results: text(MAX_RECORD_TEXT).optional(),
  date: ZIsoDate.optional(),
  /** ids of files uploaded to this record */
  fileIds: z.array(ZId).max(10, 'too_many').default([]),
})

/** What a doctor writes: every field optional while drafting. */
export const ZRecordContentInput = z.object({
  diagnosis: z.array(ZDiagnosisEntry).max(20, 'too_many').default([]),
  treatment: optionalText(MAX_RECORD_TEXT),
  prescription: z.array(ZPrescriptionLine).max(30, 'too_many').default([]),
  labTests: z.array(ZLabTestInput).max(30, 'too_many').default([]),
  notes: optionalText(MAX_RECORD_TEXT),
  followUpDate: ZIsoDate.nullish().transform((value) => value ?? null),
})
export type TRecordContentInput = z.output<typeof ZRecordContentInput>

export const ZSaveRecordDraftInput = z.object({ appointmentId: ZId, content: ZRecordContentInput })
export const ZRecordIdInput = z.object({ id: ZId })
export const ZAmendRecordInput = z.object({
  id: ZId,
  content: ZRecordContentInput,
  reason: text(500).min(3, 'reason_required'),
})
export const ZRecordForAppointmentInput = z.object({ appointmentId: ZId })
export const ZMyRecordsInput = ZCursorPageInput.extend({
  /** one person's records: "self", or a family member's id; everyone's when absent */
  person: z.union([z.literal('self'), ZId]).optional(),
})
export const ZPatientChartInput = z.object({ patientId: ZId, familyMemberId: ZId.optional() })
export const ZDiagnosisSearchInput = z.object({ q: z.string().trim().max(100).default('') })

export const ZRecordFile = z.object({
  id: ZId.nullable(),
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int().min(0).nullable(),
  url: z.string(),
})
export type TRecordFile = z.infer<typeof ZRecordFile>

export const ZRecordContent = z.object({
  diagnosis: z.array(z.object({ text: z.string(), code: z.string() })),
  treatment: z.string().nullable(),
  prescription: z.array(ZPrescriptionLine),
  labTests: z.array(
    z.object({
      name: z.string(),
      results: z.string().nullable(),
      date: z.string().nullable(),
      attachments: z.array(ZRecordFile),
    }),
  ),
  notes: z.string().nullable(),
  followUpDate: z.string().nullable(),
})
export type TRecordContent = z.infer<typeof ZRecordContent>

const ZPerson = z.object({
  patientId: ZId,
  familyMemberId: ZId.nullable(),
  name: z.string(),
  relationship: ZFamilyRelationship.nullable(),
})

export const ZMedicalRecord = ZRecordContent.extend({
  id: ZId,
  appointmentId: ZId.nullable(),
  person: ZPerson,
  doctor: z.object({ id: ZId, name: z.string() }),
  hospital: z.object({ id: ZId, name: z.string() }),
  visitDate: z.string(),
  isSharedWithPatient: z.boolean(),
  sharedAt: ZInstant.nullable(),
  version: z.number().int().min(1),
  createdAt: ZInstant,
  updatedAt: ZInstant,
  /** whether the caller may change it (the treating doctor) */
  editable: z.boolean(),
})
export type TMedicalRecord = z.infer<typeof ZMedicalRecord>

export const ZRecordSummary = z.object({
  id: ZId,
  person: ZPerson,
  doctorName: z.string(),
  hospitalName: z.string(),
  visitDate: z.string(),
  diagnosis: z.array(z.string()),
  followUpDate: z.string().nullable(),
  version: z.number().int(),
  sharedAt: ZInstant.nullable(),
  doctorId: ZId,
})
export type TRecordSummary = z.infer<typeof ZRecordSummary>
export const ZRecordSummaryPage = ZPage(ZRecordSummary)

export const ZRecordVersion = z.object({
  version: z.number().int().min(1),
  content: ZRecordContent,
  /** when this version was replaced, by whom, and why */
  amendedAt: ZInstant,
  amendedByName: z.string(),
  reason: z.string(),
})
export const ZRecordHistory = z.object({ current: z.number().int(), earlier: z.array(ZRecordVersion) })

/** What hospital staff see of a visit's record: that it exists, never what it says. */
export const ZRecordExistence = z.object({
  exists: z.boolean(),
  id: ZId.nullable(),
  isSharedWithPatient: z.boolean(),
  version: z.number().int().nullable(),
  updatedAt: ZInstant.nullable(),
})

export const ZRecordAccessAction = z.enum(['read', 'download', 'write', 'share', 'amend', 'chart'])
export const ZRecordAccessEntry = z.object({
  at: ZInstant,
  name: z.string(),
  role: ZUserRole.nullable(),
  hospitalName: z.string().nullable(),
  action: ZRecordAccessAction,
  recordId: ZId.nullable(),
})
export const ZRecordAccessPage = ZPage(ZRecordAccessEntry)

export const ZPatientChart = z.object({
  person: ZPerson.extend({
    dateOfBirth: z.string().nullable(),
    gender: z.string().nullable(),
    allergies: z.array(z.string()),
    medications: z.array(z.object({ name: z.string(), dosage: z.string(), frequency: z.string() })),
    medicalHistory: z.array(z.object({ condition: z.string(), diagnosedDate: z.string().nullable() })),
  }),
  visits: z.array(
    z.object({
      appointmentId: ZId,
      date: z.string(),
      startsAt: ZInstant,
      status: z.string(),
      doctorName: z.string(),
      reasonForVisit: z.string().nullable(),
      recordId: ZId.nullable(),
      /** the caller treated this visit, it is under way or completed, and has no record yet: they may write one */
      canWriteRecord: z.boolean(),
    }),
  ),
  records: z.array(ZRecordSummary),
})
export type TPatientChart = z.infer<typeof ZPatientChart>

export const ZDiagnosisOption = z.object({ code: z.string(), vi: z.string(), en: z.string() })
