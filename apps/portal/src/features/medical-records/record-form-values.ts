import type { TMedicalRecord, TRecordContent, TRecordContentInput } from '@medbook/contracts'

export interface DiagnosisValue {
  key: string
  text: string
  /** the ICD-10 code picked from the catalogue, '' for free text */
  code: string
}
export interface PrescriptionValue {
  key: string
  medicationName: string
  dosage: string
  frequency: string
  duration: string
  instructions: string
}
export interface LabFileValue {
  id: string
  fileName: string
  url: string
}
export interface LabTestValue {
  key: string
  name: string
  results: string
  date: string
  files: LabFileValue[]
}
/** The editor's state: every field a string, so typing never loses a character. */
export interface RecordFormValues {
  diagnosis: DiagnosisValue[]
  treatment: string
  prescription: PrescriptionValue[]
  labTests: LabTestValue[]
  notes: string
  followUpDate: string
}

const key = () => crypto.randomUUID()

export const newDiagnosis = (): DiagnosisValue => ({ key: key(), text: '', code: '' })
export const newPrescription = (): PrescriptionValue => ({
  key: key(),
  medicationName: '',
  dosage: '',
  frequency: '',
  duration: '',
  instructions: '',
})
export const newLabTest = (): LabTestValue => ({ key: key(), name: '', results: '', date: '', files: [] })

export const EMPTY_RECORD: RecordFormValues = {
  diagnosis: [newDiagnosis()],
  treatment: '',
  prescription: [],
  labTests: [],
  notes: '',
  followUpDate: '',
}

/** What the server holds, as editor state. */
export function formValuesOf(content: TRecordContent | TMedicalRecord): RecordFormValues {
  return {
    diagnosis: content.diagnosis.length
      ? content.diagnosis.map((entry) => ({ key: key(), text: entry.text, code: entry.code }))
      : [newDiagnosis()],
    treatment: content.treatment ?? '',
    prescription: content.prescription.map((line) => ({
      key: key(),
      medicationName: line.medicationName,
      dosage: line.dosage,
      frequency: line.frequency,
      duration: line.duration,
      instructions: line.instructions ?? '',
    })),
    labTests: content.labTests.map((test) => ({
      key: key(),
      name: test.name,
      results: test.results ?? '',
      date: test.date ?? '',
      files: test.attachments.flatMap((file) =>
        file.id ? [{ id: file.id, fileName: file.fileName, url: file.url }] : [],
      ),
    })),
    notes: content.notes ?? '',
    followUpDate: content.followUpDate ?? '',
  }
}

/**
 * The content sent to the server: lines still without their required name (a diagnosis being
 * typed, a medicine row just added) wait in the editor until they have one.
 */
export function contentOf(values: RecordFormValues): TRecordContentInput {
  return {
    diagnosis: values.diagnosis
      .filter((entry) => entry.text.trim())
      .map((entry) => ({ text: entry.text.trim(), code: entry.code })),
    treatment: values.treatment.trim() || null,
    prescription: values.prescription
      .filter((line) => line.medicationName.trim())
      .map((line) => ({
        medicationName: line.medicationName.trim(),
        dosage: line.dosage.trim(),
        frequency: line.frequency.trim(),
        duration: line.duration.trim(),
        instructions: line.instructions.trim() || undefined,
      })),
    labTests: values.labTests
      .filter((test) => test.name.trim())
      .map((test) => ({
        name: test.name.trim(),
        results: test.results.trim() || undefined,
        date: test.date || undefined,
        fileIds: test.files.map((file) => file.id),
      })),
    notes: values.notes.trim() || null,
    followUpDate: values.followUpDate || null,
  }
}

export const hasDiagnosis = (values: RecordFormValues) => values.diagnosis.some((entry) => entry.text.trim())
