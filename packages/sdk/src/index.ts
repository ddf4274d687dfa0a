export type { MedBookClientOptions } from './client-options.js'
export { createClient, type MedBookClient } from './create-client.js'
export { isMedBookError, type MedBookClientError } from './errors.js'
export type {
  ConversationSummary,
  DoctorSchedule,
  HospitalServiceEntry,
  HospitalSummary,
  MedBookInputs,
  MedBookOutputs,
  MedBookRouter,
  MedicalRecord,
  MedicalRecordSummary,
  Message,
  Payment,
  PublishedReviews,
  Quote,
  RefundPreview,
  RosterDoctor,
  Specialty,
} from './router.js'
