import { z } from 'zod'
import { ZUserRole } from './enums.js'
import { ZInstant } from './json-shapes.js'
import { ZCursorPageInput, ZPage } from './pagination.js'

export const ZActivityLogEntry = z.object({
  id: z.string().uuid(),
  userId: z.string().uuid().nullable(),
  userRole: ZUserRole.nullable(),
  userName: z.string().nullable(),
  action: z.string(),
  details: z.record(z.string(), z.unknown()),
  ipAddress: z.string().nullable(),
  userAgent: z.string().nullable(),
  timestamp: z.date(),
})

export const ZListActivityLogsInput = ZCursorPageInput.extend({
  userId: z.string().uuid().optional(),
  role: ZUserRole.optional(),
  action: z.string().max(64).optional(),
  from: ZInstant.optional(),
  to: ZInstant.optional(),
})

export const ZListActivityLogsOutput = ZPage(ZActivityLogEntry)

export const ZSetUserStatusInput = z.object({
  userId: z.string().uuid(),
  status: z.enum(['active', 'inactive', 'blocked']),
  reason: z.string().trim().max(500).optional(),
})

export const ZUserSummary = z.object({
  id: z.string().uuid(),
  role: ZUserRole,
  status: z.enum(['active', 'inactive', 'blocked']),
  email: z.string().nullable(),
  phoneNumber: z.string().nullable(),
  firstName: z.string(),
  lastName: z.string(),
  verificationStatus: z.boolean(),
  lastLogin: z.date().nullable(),
  createdAt: z.date(),
})

export const ZListUsersInput = ZCursorPageInput.extend({
  query: z.string().trim().max(100).optional(),
  role: ZUserRole.optional(),
  status: z.enum(['active', 'inactive', 'blocked']).optional(),
})

export const ZListUsersOutput = ZPage(ZUserSummary)
