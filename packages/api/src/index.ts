export { activityLogCsv, exportFileName, parseExportQuery } from './admin/activity-logs-export.js'
export { API_KEY_PREFIX } from './auth/api-keys.js'
export { hashPassword, verifyPassword } from './auth/passwords.js'
export { createSession } from './auth/sessions.js'
export { type ApiConfig, readApiConfig } from './config.js'
export { type Auth, type Context, createContextInner } from './context.js'
export { viewerOf } from './conversations/access.js'
export { findReadableMessageFile, saveMessageFile } from './conversations/files-service.js'
export { AppError } from './errors.js'
export { addHospitalImage, MAX_HOSPITAL_IMAGE_BYTES } from './hospital-admin/images-service.js'
export { createHttpContextFactory } from './http-context.js'
export { type JobWorker, startJobWorker } from './jobs/worker.js'
export {
  demoLabResultFor,
  findReadableRecordFile,
  recordPdfFor,
  saveRecordFile,
} from './medical-records/files-service.js'
export { hospitalPaymentsCsv } from './payments/csv-export.js'
export { SANDBOX_MOMO, SANDBOX_VNPAY } from './payments/gateways/defaults.js'
export type {
  CallbackCheck,
  CheckoutLink,
  CheckoutRequest,
  GatewayVerdict,
  PaymentGateway,
  QueryOutcome,
  QueryRequest,
  RefundOutcome,
  RefundRequest,
} from './payments/gateways/gateway.js'
export {
  createMomoGateway,
  MOMO_IPN_ANSWER_STATUS,
  MomoCheckoutError,
  type MomoCheckoutFailure,
  type MomoConfig,
  type MomoRequestType,
  readMomoConfig,
} from './payments/gateways/momo.js'
export { momoInteger, momoScalar } from './payments/gateways/momo-result.js'
export {
  MOMO_CREATE_FIELDS,
  MOMO_QUERY_FIELDS,
  MOMO_REFUND_FIELDS,
  MOMO_RESULT_FIELDS,
  momoSign,
  momoSignatureMatches,
} from './payments/gateways/momo-signing.js'
export {
  createVnpayGateway,
  readVnpayConfig,
  type VnpayConfig,
  type VnpayIpnResult,
  vnpayIpnReply,
} from './payments/gateways/vnpay.js'
export { receiveGatewayNotification } from './payments/ipn-service.js'
export { receiptFor } from './payments/receipt-service.js'
export type { PublicAppRouter } from './public-types.js'
export { emitUserEvent } from './realtime/emit.js'
export { type LiveEvents, listeningLiveEvents, pollingLiveEvents } from './realtime/live-events.js'
export { type AppRouter, appRouter, createCaller } from './root.js'
export { type Clock, createServices, defaultApiConfig, fixedClock, type Services, systemClock } from './services.js'
export { detectImageType, MAX_PROFILE_PICTURE_BYTES, saveProfilePicture } from './uploads/profile-picture.js'
export {
  findReadableDocument,
  saveVerificationDocument,
  VERIFICATION_DOCUMENT_MAX_BYTES,
} from './verification/documents-service.js'
