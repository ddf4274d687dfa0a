import { hash, verify } from '@node-rs/argon2'

// OWASP's argon2id recommendation: 19 MiB memory, 2 iterations, 1 degree of parallelism.
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID)
}

// Verifying against this when no account matches keeps the response time the same, so
// timing does not tell whether an account exists.
let decoyHash: Promise<string> | null = null

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (!storedHash) {
    decoyHash ??= hashPassword('decoy password that never matches')
    await verify(await decoyHash, password).catch(() => false)
    return false
  }
  return verify(storedHash, password).catch(() => false)
}
