import type { TIdentifier } from '@medbook/contracts'
import type { PrismaClient } from '@medbook/db'
import { logActivity } from '../audit/log-activity.js'
import type { Context } from '../context.js'
import { isUniqueViolation } from '../db-errors.js'
import { actorOf } from './actor.js'
import { maskIdentifier, whereIdentifier } from './identifiers.js'
import { hashPassword } from './passwords.js'
import { CODE_LIFETIME_MS, issueVerificationCode } from './verification-service.js'

export interface SignUpResult {
  sentTo: string
  codeExpiresAt: Date
}

/**
 * Creates an unverified patient and sends the code. An identifier that is taken gets the
 * same answer (and no new account), so sign-up never tells whether an account exists.
 */
export async function signUpPatient(
  ctx: Context,
  input: { identifier: TIdentifier; password: string; firstName: string; lastName: string },
): Promise<SignUpResult> {
  const passwordHash = await hashPassword(input.password)
  const sentTo = maskIdentifier(input.identifier)
  const existing = await ctx.db.user.findUnique({ where: whereIdentifier(input.identifier) })
  if (existing?.role === 'patient' && !existing.verificationStatus && existing.status === 'active') {
    // never verified (an abandoned sign-up, or a walk-in registered by hospital staff):
    // whoever proves the address with the code owns the account
    const claimed = await ctx.db.user.update({
      where: { id: existing.id },
      data: { password: passwordHash, firstName: input.firstName, lastName: input.lastName },
    })
    const codeExpiresAt = await issueVerificationCode(ctx.db, ctx.services, claimed, input.identifier.kind)
    return { sentTo, codeExpiresAt }
  }
  if (existing) return { sentTo, codeExpiresAt: new Date(Date.now() + CODE_LIFETIME_MS) }
  const user = await createPatientUser(ctx.db, input.identifier, passwordHash, input)
  if (!user) return { sentTo, codeExpiresAt: new Date(Date.now() + CODE_LIFETIME_MS) }
  await logActivity(ctx.db, actorOf(ctx, user), 'signup', { channel: input.identifier.kind })
  const codeExpiresAt = await issueVerificationCode(ctx.db, ctx.services, user, input.identifier.kind)
  return { sentTo, codeExpiresAt }
}

async function createPatientUser(
  db: PrismaClient,
  identifier: TIdentifier,
  passwordHash: string,
  names: { firstName: string; lastName: string },
) {
  try {
    return await db.user.create({
      data: {
        role: 'patient',
        ...whereIdentifier(identifier),
        password: passwordHash,
        firstName: names.firstName,
        lastName: names.lastName,
        patient: { create: {} },
      },
    })
  } catch (error) {
    // a concurrent sign-up with the same identifier won the unique index
    if (isUniqueViolation(error)) return null
    throw error
  }
}
