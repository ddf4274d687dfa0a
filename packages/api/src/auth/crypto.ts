import { randomInt } from 'node:crypto'
import { sha256 } from '@oslojs/crypto/sha2'
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding'

/** A random token with `bytes` bytes of entropy, base32 (lowercase, no padding). */
export function generateToken(bytes = 20): string {
  const random = new Uint8Array(bytes)
  crypto.getRandomValues(random)
  return encodeBase32LowerCaseNoPadding(random)
}

export function sha256Hex(value: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(value)))
}

export function generateSixDigitCode(): string {
  return randomInt(0, 1_000_000).toString().padStart(6, '0')
}

/** Hash of a one-time code, salted with the user's id so equal codes differ per account. */
export function hashOneTimeCode(userId: string, code: string): string {
  return sha256Hex(`${userId}:${code}`)
}

/** Constant-time comparison of two hex digests. */
export function digestsEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  let difference = 0
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i)
  return difference === 0
}
