import { ZResetPasswordWithCodeInput } from '@medbook/contracts'
import { z } from 'zod'

/** Reset by SMS code: the code, the new password and its second copy. */
export const ZResetWithCodeForm = ZResetPasswordWithCodeInput.extend({ confirmPassword: z.string() }).refine(
  (values) => values.newPassword === values.confirmPassword,
  { path: ['confirmPassword'], message: 'passwords_do_not_match' },
)
