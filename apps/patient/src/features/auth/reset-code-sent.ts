/** A reset code on its way by SMS: where to, and when it expires. */
export interface ResetCodeSent {
  /** the number as the person typed it, sent back with the code */
  phone: string
  /** masked, as the API returned it ("+84 *** *** 678") */
  sentTo: string
  /** epoch milliseconds */
  codeExpiresAt: number
  sentAt: number
}
