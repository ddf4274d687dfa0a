import { mkdir, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { HOSPITAL_IMAGE_MAX_BYTES, HOSPITAL_IMAGE_MAX_COUNT } from '@medbook/contracts'
import type { Prisma, PrismaClient } from '@medbook/db'
import { type ActivityActor, logActivity } from '../audit/log-activity.js'
import { generateToken } from '../auth/crypto.js'
import { AppError } from '../errors.js'
import { checkUpload, IMAGE_TYPES } from '../uploads/file-types.js'

export { HOSPITAL_IMAGE_MAX_BYTES as MAX_HOSPITAL_IMAGE_BYTES }

const PREFIX = '/uploads/hospitals/'

/** The hospital's images, its row held FOR UPDATE until the transaction ends (one change at a time). */
async function lockedImages(tx: Prisma.TransactionClient, hospitalId: string): Promise<string[]> {
  await tx.$queryRaw`SELECT id FROM hospitals WHERE id = ${hospitalId}::uuid FOR UPDATE`
  const row = await tx.hospital.findUnique({ where: { id: hospitalId }, select: { images: true } })
  if (!row) throw new AppError('NOT_FOUND', 'No such hospital')
  return row.images
}

/** The file behind one of this hospital's uploaded images, or null for anything else (an outside URL). */
function fileOf(uploadsDir: string, hospitalId: string, url: string): string | null {
  if (!url.startsWith(PREFIX)) return null
  const name = url.slice(PREFIX.length)
  if (name !== path.basename(name) || !name.startsWith(`${hospitalId}-`)) return null
  return path.join(uploadsDir, 'hospitals', name)
}

/** Stores an image (JPEG, PNG or WebP by its bytes, 5 MB) and appends it; at most 12 per hospital. */
export async function addHospitalImage(
  db: PrismaClient,
  actor: ActivityActor,
  hospitalId: string,
  bytes: Buffer,
  uploadsDir: string,
): Promise<string[]> {
  const type = checkUpload(bytes, {
    maxBytes: HOSPITAL_IMAGE_MAX_BYTES,
    allowed: IMAGE_TYPES,
    what: 'A hospital image',
  })
  const folder = path.join(uploadsDir, 'hospitals')
  await mkdir(folder, { recursive: true })
  const name = `${hospitalId}-${generateToken(10)}.${type.extension}`
  await writeFile(path.join(folder, name), bytes, { flag: 'wx' })
  const url = `${PREFIX}${name}`
  try {
    return await db.$transaction(async (tx) => {
      const images = await lockedImages(tx, hospitalId)
      if (images.length >= HOSPITAL_IMAGE_MAX_COUNT) {
        throw new AppError(
          'PRECONDITION_FAILED',
          `A hospital shows at most ${HOSPITAL_IMAGE_MAX_COUNT} images; remove one first`,
        )
      }
      const updated = await tx.hospital.update({
        where: { id: hospitalId },
        data: { images: [...images, url] },
        select: { images: true },
      })
      await logActivity(tx, actor, 'upload_hospital_image', { hospitalId, url, bytes: bytes.length, type: type.mime })
      return updated.images
    })
  } catch (error) {
    await unlink(path.join(folder, name)).catch(() => {})
    throw error
  }
}

/** Takes an image off the hospital's profile, and deletes its file when it was uploaded here. */
export async function removeHospitalImage(
  db: PrismaClient,
  actor: ActivityActor,
  hospitalId: string,
  url: string,
  uploadsDir: string,
): Promise<string[]> {
  const images = await db.$transaction(async (tx) => {
    const current = await lockedImages(tx, hospitalId)
    if (!current.includes(url)) throw new AppError('NOT_FOUND', 'No such image on your hospital', { field: 'url' })
    const updated = await tx.hospital.update({
      where: { id: hospitalId },
      data: { images: current.filter((image) => image !== url) },
      select: { images: true },
    })
    await logActivity(tx, actor, 'remove_hospital_image', { hospitalId, url })
    return updated.images
  })
  const file = fileOf(uploadsDir, hospitalId, url)
  if (file) await unlink(file).catch(() => {})
  return images
}

/** Puts the same images in a new order (the first is the cover). */
export async function reorderHospitalImages(
  db: PrismaClient,
  actor: ActivityActor,
  hospitalId: string,
  urls: string[],
): Promise<string[]> {
  return db.$transaction(async (tx) => {
    const current = await lockedImages(tx, hospitalId)
    const same =
      urls.length === current.length && new Set(urls).size === urls.length && urls.every((url) => current.includes(url))
    if (!same) {
      throw new AppError('BAD_REQUEST', 'List every current image exactly once; reload and try again', {
        field: 'urls',
      })
    }
    const updated = await tx.hospital.update({
      where: { id: hospitalId },
      data: { images: urls },
      select: { images: true },
    })
    await logActivity(tx, actor, 'reorder_hospital_images', { hospitalId })
    return updated.images
  })
}
