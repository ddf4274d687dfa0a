import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  AppError,
  addHospitalImage,
  MAX_HOSPITAL_IMAGE_BYTES,
  MAX_PROFILE_PICTURE_BYTES,
  saveProfilePicture,
  saveVerificationDocument,
  VERIFICATION_DOCUMENT_MAX_BYTES,
} from '@medbook/api'
import { actorFrom, type CreateContext, handleUpload } from './route-helpers.js'

const tooLarge = (what: string, megabytes: number) => () =>
  new AppError('PAYLOAD_TOO_LARGE', `${what} can be at most ${megabytes} MB`)

/** POST /uploads/profile-picture with the image as the raw body (JPEG, PNG or WebP, 2 MB at most). */
export function handleProfilePictureUpload(
  req: IncomingMessage,
  res: ServerResponse,
  createContext: CreateContext,
  uploadsDir: string,
) {
  return handleUpload(req, res, createContext, {
    what: 'profile picture upload',
    maxBytes: MAX_PROFILE_PICTURE_BYTES,
    tooLarge: tooLarge('A profile picture', 2),
    scope: 'profile:write',
    save: async (ctx, bytes) => ({
      profilePicture: await saveProfilePicture(ctx.db, actorFrom(ctx), bytes, uploadsDir),
    }),
  })
}

/**
 * POST /uploads/verification-document?fileName=licence.pdf with the file as the raw body
 * (PDF, JPEG or PNG, 10 MB at most): a doctor's for their profile, staff's for their hospital.
 * Kept in the private files folder, never under /uploads.
 */
export function handleVerificationDocumentUpload(
  req: IncomingMessage,
  res: ServerResponse,
  createContext: CreateContext,
  privateFilesDir: string,
) {
  return handleUpload(req, res, createContext, {
    what: 'verification document upload',
    maxBytes: VERIFICATION_DOCUMENT_MAX_BYTES,
    tooLarge: tooLarge('A verification document', 10),
    scope: null,
    save: (ctx, bytes, url) =>
      saveVerificationDocument(
        ctx.db,
        actorFrom(ctx),
        ctx.auth.user,
        { bytes, fileName: url.searchParams.get('fileName') },
        privateFilesDir,
      ),
  })
}

/** POST /uploads/hospital-image (staff; JPEG, PNG or WebP, 5 MB at most): appended to the hospital's images (12 at most). */
export function handleHospitalImageUpload(
  req: IncomingMessage,
  res: ServerResponse,
  createContext: CreateContext,
  uploadsDir: string,
) {
  return handleUpload(req, res, createContext, {
    what: 'hospital image upload',
    maxBytes: MAX_HOSPITAL_IMAGE_BYTES,
    tooLarge: tooLarge('A hospital image', 5),
    scope: 'hospital:write',
    save: async (ctx, bytes) => {
      if (ctx.auth.user.role !== 'hospital') throw new AppError('FORBIDDEN', 'This needs a hospital staff account')
      const hospitalId = ctx.auth.user.hospitalId
      if (!hospitalId) throw new AppError('FORBIDDEN', 'This staff account is not attached to a hospital')
      return { images: await addHospitalImage(ctx.db, actorFrom(ctx), hospitalId, bytes, uploadsDir) }
    },
  })
}
