import { pendingVerificationStore } from '@medbook/ui'

/** A hospital's staff account between registration (or an unverified log-in) and the code screen. */
export const pendingRegistration = pendingVerificationStore('medbook.portal.pendingRegistration')
