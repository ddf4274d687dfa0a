export type { MedBookClientOptions } from './client-options.js'
export { createClient, type MedBookClient } from './create-client.js'
export { isMedBookError, type MedBookClientError } from './errors.js'
export type { HospitalSummary, MedBookInputs, MedBookOutputs, MedBookRouter, Specialty } from './router.js'
