import { randomInt } from 'node:crypto'

// Crockford's base32 without I, L, O, U, as payment references (transfers/vietqr.ts transferReference)
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** A refund's own id at the gateway (vnp_RequestId, MoMo's refund orderId). */
export function newRefundReference(): string {
  let reference = 'RF'
  for (let i = 0; i < 14; i++) reference += ALPHABET[randomInt(ALPHABET.length)]
  return reference
}
