import { z } from 'zod'

export const ZSpecialty = z.object({
  id: z.string().uuid(),
  name: z.string(),
  nameEn: z.string(),
  slug: z.string(),
  description: z.string().nullable(),
  icon: z.string().nullable(),
  doctorCount: z.number().int(),
})

export const ZListSpecialtiesOutput = z.array(ZSpecialty)

export type TSpecialty = z.infer<typeof ZSpecialty>
