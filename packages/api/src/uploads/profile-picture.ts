import { mkdir, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { PrismaClient } from '@medbook/db'
import { type ActivityActor, logActivity } from '../audit/log-activity.js'
import { generateToken } from '../auth/crypto.js'
import { AppError } from '../errors.js'

export const MAX_PROFILE_PICTURE_BYTES = 2 * 1024 * 1024

// The file's own first bytes decide its type; the Content-Type header is only a claim.
const SIGNATURES: Array<{ extension: string; mime: string; matches: (b: Buffer) => boolean }> = [
  { extension: 'jpg', mime: 'image/jpeg', matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    extension: 'png',
    mime: 'image/png',
    matches: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  {
    extension: 'webp',
    mime: 'image/webp',
    matches: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  },
]

export function detectImageType(bytes: Buffer) {
  return SIGNATURES.find((signature) => signature.matches(bytes)) ?? null
}

/** Stores a new profile picture for the user and removes the previous one. Returns its public URL. */
export async function saveProfilePicture(
  db: PrismaClient,
  actor: ActivityActor & { userId: string },
  bytes: Buffer,
  uploadsDir: string,
): Promise<string> {
  if (bytes.length === 0) throw new AppError('BAD_REQUEST', 'The file is empty')
  if (bytes.length > MAX_PROFILE_PICTURE_BYTES)
    throw new AppError('PAYLOAD_TOO_LARGE', 'A profile picture can be at most 2 MB')
  const type = detectImageType(bytes)
  if (!type) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Use a JPEG, PNG or WebP image')
  const folder = path.join(uploadsDir, 'avatars')
  await mkdir(folder, { recursive: true })
  const name = `${actor.userId}-${generateToken(8)}.${type.extension}`
  await writeFile(path.join(folder, name), bytes)
  const url = `/uploads/avatars/${name}`
  const previous = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { profilePicture: true } })
  await db.user.update({ where: { id: actor.userId }, data: { profilePicture: url } })
  await logActivity(db, actor, 'upload_profile_picture', { bytes: bytes.length, type: type.mime })
  if (previous.profilePicture?.startsWith('/uploads/avatars/')) {
    await unlink(path.join(folder, path.basename(previous.profilePicture))).catch(() => {})
  }
  return url
}
