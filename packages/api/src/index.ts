export { activityLogCsv, exportFileName, parseExportQuery } from './admin/activity-logs-export.js'
export { API_KEY_PREFIX } from './auth/api-keys.js'
export { hashPassword } from './auth/passwords.js'
export { createSession } from './auth/sessions.js'
export { type ApiConfig, readApiConfig } from './config.js'
export { type Auth, type Context, createContextInner } from './context.js'
export { AppError } from './errors.js'
export { addHospitalImage, MAX_HOSPITAL_IMAGE_BYTES } from './hospital-admin/images-service.js'
export { createHttpContextFactory } from './http-context.js'
export { type JobWorker, startJobWorker } from './jobs/worker.js'
export type { PublicAppRouter } from './public-types.js'
export { type AppRouter, appRouter, createCaller } from './root.js'
export { type Clock, createServices, defaultApiConfig, fixedClock, type Services, systemClock } from './services.js'
export { detectImageType, MAX_PROFILE_PICTURE_BYTES, saveProfilePicture } from './uploads/profile-picture.js'
export {
  findReadableDocument,
  saveVerificationDocument,
  VERIFICATION_DOCUMENT_MAX_BYTES,
} from './verification/documents-service.js'
