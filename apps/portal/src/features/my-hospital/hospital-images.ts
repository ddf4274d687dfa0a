import { HOSPITAL_IMAGE_MAX_BYTES, HOSPITAL_IMAGE_MAX_COUNT, ZHospitalImages } from '@medbook/contracts'
import { IMAGE_TYPES, uploadImage } from '@medbook/ui'

export const HOSPITAL_IMAGE_TYPES = IMAGE_TYPES
export const MAX_HOSPITAL_IMAGE_BYTES = HOSPITAL_IMAGE_MAX_BYTES
export const MAX_HOSPITAL_IMAGES = HOSPITAL_IMAGE_MAX_COUNT

const isImagesAnswer = (body: Record<string, unknown>): body is { images: string[] } =>
  ZHospitalImages.safeParse(body).success

/** POST /uploads/hospital-image with the raw bytes; the answer is the hospital's images, the new one last. */
export async function uploadHospitalImage(file: File): Promise<string[]> {
  const { images } = await uploadImage('/uploads/hospital-image', file, isImagesAnswer)
  return images
}

/** The list with the image at `from` moved to `to`. */
export function moveImage(images: readonly string[], from: number, to: number): string[] {
  const next = [...images]
  const [moved] = next.splice(from, 1)
  if (moved === undefined) return next
  next.splice(to, 0, moved)
  return next
}
