import { z } from 'zod'

/** POST /uploads/hospital-image: JPEG, PNG or WebP, at most this many bytes. */
export const HOSPITAL_IMAGE_MAX_BYTES = 5 * 1024 * 1024
/** a hospital shows at most this many images */
export const HOSPITAL_IMAGE_MAX_COUNT = 12

/** The hospital's images in display order (the first is the cover). */
export const ZHospitalImages = z.object({ images: z.array(z.string()) })

export const ZRemoveHospitalImageInput = z.object({ url: z.string().min(1).max(500) })

/** The same images in a new order: every current image exactly once. */
export const ZReorderHospitalImagesInput = z.object({
  urls: z.array(z.string().min(1).max(500)).max(HOSPITAL_IMAGE_MAX_COUNT),
})

export type THospitalImages = z.output<typeof ZHospitalImages>
