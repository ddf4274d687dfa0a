import { z } from 'zod'
import { ZUserRole } from './enums.js'

/**
 * An administrator changes an account's role, with a reason. The rules that keep the data
 * consistent are in docs/security.md ("Role changes").
 */
export const ZChangeRoleInput = z
  .object({
    userId: z.string().uuid(),
    role: ZUserRole,
    /** required for role "hospital": the hospital this account will run */
    hospitalId: z.string().uuid().optional(),
    /** logged, and sent to the account holder */
    reason: z.string().trim().min(3, 'too_short').max(500),
  })
  .refine((input) => input.role !== 'hospital' || input.hospitalId, { message: 'required', path: ['hospitalId'] })
  .refine((input) => input.role === 'hospital' || !input.hospitalId, {
    message: 'only_for_hospital',
    path: ['hospitalId'],
  })

export type TChangeRoleInput = z.input<typeof ZChangeRoleInput>
