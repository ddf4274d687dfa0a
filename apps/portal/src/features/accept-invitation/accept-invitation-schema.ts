import { ZAcceptInvitationInput } from '@medbook/contracts'
import { z } from 'zod'

/** The API's input plus a second copy of the password, which must match. */
export const ZAcceptInvitationForm = ZAcceptInvitationInput.extend({ confirmPassword: z.string() }).refine(
  (values) => values.password === values.confirmPassword,
  { path: ['confirmPassword'], message: 'passwords_do_not_match' },
)

export type AcceptInvitationValues = z.input<typeof ZAcceptInvitationForm>

/** The phone number is optional: an empty box means none, which the schema accepts as absent. */
export const emptyAsUndefined = (value: unknown) => (value === '' || value === null ? undefined : value)
