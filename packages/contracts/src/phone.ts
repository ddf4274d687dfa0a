import { z } from 'zod'

/** What the database's CHECKs accept: E.164, "+" and 8 to 15 digits, no leading zero. */
export const E164_PATTERN = /^\+[1-9]\d{7,14}$/

/** A Vietnamese national significant number: mobile 9 digits (3, 5, 7, 8, 9…), landline 10 (2…). */
const VIETNAMESE_NUMBER = /^(?:[35789]\d{8}|2\d{9})$/

/**
 * "0971 007 919", "+84 97 100 7919", "84971007919", "0084-97-100-7919", "+84 (0) 97…" and
 * "(024) 3869 3731" → "+84971007919" / "+842438693731"; null when it is not a phone number.
 * A number with another country code is kept as E.164 if it has that shape.
 */
export function normalizePhoneNumber(raw: string): string | null {
  const compact = raw.trim().replace(/[\s.()-]/g, '')
  if (!/^\+?\d+$/.test(compact)) return null
  const international = compact.startsWith('00') ? `+${compact.slice(2)}` : compact
  let e164: string
  if (international.startsWith('+')) e164 = international
  else if (international.startsWith('0')) e164 = `+84${international.slice(1)}`
  else if (international.startsWith('84')) e164 = `+${international}`
  else return null
  if (!e164.startsWith('+84')) return E164_PATTERN.test(e164) ? e164 : null
  // "+84 (0) 97…": the national trunk 0 written after the country code
  const national = e164.slice(3).replace(/^0/, '')
  return VIETNAMESE_NUMBER.test(national) ? `+84${national}` : null
}

/** A phone number as a person types it, stored and compared as E.164 ("+84912345678"). */
export const ZPhoneNumber = z
  .string()
  .max(32, 'invalid_phone')
  .transform((value, ctx) => {
    const e164 = normalizePhoneNumber(value)
    if (e164) return e164
    ctx.addIssue({ code: 'custom', message: 'invalid_phone' })
    return z.NEVER
  })
