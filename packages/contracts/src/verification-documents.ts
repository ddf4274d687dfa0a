import { z } from 'zod'

/** POST /uploads/verification-document: the raw file, at most this many bytes. */
export const VERIFICATION_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024
/** at most this many documents per doctor or hospital */
export const VERIFICATION_DOCUMENT_MAX_COUNT = 20
export const ZVerificationDocumentType = z.enum(['application/pdf', 'image/jpeg', 'image/png'])

export const ZVerificationDocument = z.object({
  id: z.string().uuid(),
  fileName: z.string(),
  mimeType: ZVerificationDocumentType,
  sizeBytes: z.number().int(),
  uploadedAt: z.date(),
  /** GET this path on the API server (signed in as an admin or the owner) to download the file */
  url: z.string(),
})

/** Whose documents: one doctor's or one hospital's. */
export const ZVerificationDocumentsInput = z.union([
  z.object({ doctorId: z.string().uuid() }),
  z.object({ hospitalId: z.string().uuid() }),
])

export type TVerificationDocument = z.output<typeof ZVerificationDocument>
export type TVerificationDocumentsInput = z.input<typeof ZVerificationDocumentsInput>
