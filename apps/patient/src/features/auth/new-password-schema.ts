import { ZResetPasswordInput, ZResetPasswordWithCodeInput } from '@medbook/contracts'
import { z } from 'zod'

/** The API's reset input plus a second copy of the password, which must match. */
export const ZResetPasswordForm = ZResetPasswordInput.extend({ confirmPassword: z.string() }).refine(
  (values) => values.password === values.confirmPassword,
  { path: ['confirmPassword'], message: 'passwords_do_not_match' },
)

/** Reset by SMS code: the code, the new password and its second copy. */
export const ZResetWithCodeForm = ZResetPasswordWithCodeInput.extend({ confirmPassword: z.string() }).refine(
  (values) => values.newPassword === values.confirmPassword,
  { path: ['confirmPassword'], message: 'passwords_do_not_match' },
)
