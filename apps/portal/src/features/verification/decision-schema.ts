import { ZVerificationReason } from '@medbook/contracts'
import { z } from 'zod'

/**
 * The reason sent to the applicant (the API's ZVerificationReason): required to reject, optional to
 * approve, where the empty field means "no reason".
 */
export const TOO_SHORT = 'too_short'

// the short-reason message is checked first: the contract's own min(3) would otherwise answer with a generic one
export const ZRejectForm = z.object({ reason: z.string().trim().min(3, TOO_SHORT).pipe(ZVerificationReason) })
export const ZApproveForm = z.object({
  reason: z
    .string()
    .trim()
    .max(500)
    .refine((value) => value === '' || ZVerificationReason.safeParse(value).success, TOO_SHORT),
})

export type TDecisionForm = z.input<typeof ZRejectForm>
