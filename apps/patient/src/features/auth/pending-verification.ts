import { pendingVerificationStore } from '@medbook/ui'

/** The patient between sign-up (or an unverified log-in) and the code screen. */
export const pendingVerification = pendingVerificationStore('medbook.pendingVerification')
