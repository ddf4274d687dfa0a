import type { TIdentifier } from '@medbook/contracts'
import { logActivity } from '../audit/log-activity.js'
import type { Context } from '../context.js'
import { AppError } from '../errors.js'
import { actorOf } from './actor.js'
import { findUserByIdentifier } from './identifiers.js'
import { verifyPassword } from './passwords.js'
import { createSession, sessionUserSelect, toSessionUser } from './sessions.js'

const WRONG_CREDENTIALS = 'The email or phone number, or the password, is incorrect'

/** Opens a session for a user whose identity is proven, sets the cookie and records the login. */
export async function startSession(
  ctx: Context,
  userId: string,
  action: 'login' | 'verify_account' | 'accept_invitation',
) {
  const session = await createSession(ctx.db, userId, { ipAddress: ctx.ipAddress, userAgent: ctx.userAgent })
  const row = await ctx.db.user.update({
    where: { id: userId },
    data: { lastLogin: new Date() },
    select: sessionUserSelect,
  })
  const user = toSessionUser(row)
  await logActivity(ctx.db, actorOf(ctx, user), action, {})
  ctx.cookies.set(session.token, session.expiresAt)
  return { user, sessionToken: session.token, expiresAt: session.expiresAt }
}

export async function login(ctx: Context, input: { identifier: TIdentifier; password: string }) {
  const accountKey = `${input.identifier.kind}:${input.identifier.value}`
  await ctx.services.rateLimits.consume('loginPerIp', ctx.ipAddress ?? 'unknown')
  await ctx.services.rateLimits.check('loginFailuresPerAccount', accountKey)
  const user = await findUserByIdentifier(ctx.db, input.identifier)
  const passwordMatches = await verifyPassword(user?.password ?? null, input.password)
  if (!user || !passwordMatches) {
    await ctx.services.rateLimits.consume('loginFailuresPerAccount', accountKey)
    await logActivity(ctx.db, actorOf(ctx, user ?? undefined), 'login_failed', { channel: input.identifier.kind })
    throw new AppError('UNAUTHORIZED', WRONG_CREDENTIALS)
  }
  if (user.status !== 'active') {
    throw new AppError('FORBIDDEN', `This account is ${user.status}. Contact MedBook support.`, { reason: user.status })
  }
  if (!user.verificationStatus) {
    throw new AppError('FORBIDDEN', 'Verify your account with the code we sent before signing in', {
      reason: 'unverified',
    })
  }
  await ctx.services.rateLimits.reset('loginFailuresPerAccount', accountKey)
  return startSession(ctx, user.id, 'login')
}
