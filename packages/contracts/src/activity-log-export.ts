import { z } from 'zod'
import { ZUserRole } from './enums.js'
import { ZInstant } from './json-shapes.js'

/**
 * GET /admin/activity-logs.csv: the filters of admin.activityLogs as query parameters
 * (`from` and `to` as ISO 8601 instants or dates; `to` is exclusive).
 */
export const ZActivityLogExportQuery = z.object({
  userId: z.string().uuid().optional(),
  role: ZUserRole.optional(),
  action: z.string().max(64).optional(),
  from: z.coerce.date().pipe(ZInstant).optional(),
  to: z.coerce.date().pipe(ZInstant).optional(),
})

export type TActivityLogExportQuery = z.input<typeof ZActivityLogExportQuery>
