export type { MedBookClientOptions } from './client-options.js'
export { createClient, type MedBookClient } from './create-client.js'
export { isMedBookError, type MedBookClientError } from './errors.js'
export type {
  DoctorSchedule,
  HospitalServiceEntry,
  HospitalSummary,
  MedBookInputs,
  MedBookOutputs,
  MedBookRouter,
  RosterDoctor,
  Specialty,
} from './router.js'
