import { z } from 'zod'

export const ZCursorPageInput = z.object({
  /** opaque cursor from the previous page's nextCursor */
  cursor: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(100).default(20),
})

export function ZPage<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    /** null on the last page */
    nextCursor: z.string().nullable(),
  })
}
