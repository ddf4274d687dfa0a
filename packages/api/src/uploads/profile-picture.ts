import { mkdir, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { PrismaClient } from '@medbook/db'
import { type ActivityActor, logActivity } from '../audit/log-activity.js'
import { generateToken } from '../auth/crypto.js'
import { checkUpload, detectFileType, IMAGE_TYPES } from './file-types.js'

export const MAX_PROFILE_PICTURE_BYTES = 2 * 1024 * 1024

export function detectImageType(bytes: Buffer) {
  return detectFileType(bytes, IMAGE_TYPES)
}

/** Stores a new profile picture for the user and removes the previous one. Returns its public URL. */
export async function saveProfilePicture(
  db: PrismaClient,
  actor: ActivityActor & { userId: string },
  bytes: Buffer,
  uploadsDir: string,
): Promise<string> {
  const type = checkUpload(bytes, {
    maxBytes: MAX_PROFILE_PICTURE_BYTES,
    allowed: IMAGE_TYPES,
    what: 'A profile picture',
  })
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
