import { logActivity } from '../audit/log-activity.js'
import type { Context } from '../context.js'
import { AppError } from '../errors.js'
import { passwordResetMail } from '../mail/messages.js'
import { actorOf } from './actor.js'
import { generateToken, sha256Hex } from './crypto.js'
import { hashPassword, verifyPassword } from './passwords.js'
import { invalidateUserSessions } from './sessions.js'

export const RESET_LIFETIME_MS = 30 * 60 * 1000

/** Always answers the same; only an active account with that email gets a link. */
export async function requestPasswordReset(ctx: Context, email: string): Promise<void> {
  await ctx.services.rateLimits.consume('resetPerIp', ctx.ipAddress ?? 'unknown')
  await ctx.services.rateLimits.consume('resetPerAccount', email)
  const user = await ctx.db.user.findUnique({ where: { email } })
  if (user?.status !== 'active') return
  const token = generateToken(32)
  await ctx.db.user.update({
    where: { id: user.id },
    data: { resetPasswordToken: sha256Hex(token), resetPasswordExpires: new Date(Date.now() + RESET_LIFETIME_MS) },
  })
  const base = user.role === 'patient' ? ctx.services.config.appUrl : ctx.services.config.portalUrl
  await ctx.services.mailer.send(passwordResetMail(email, user.firstName, `${base}/reset-password?token=${token}`))
  await logActivity(ctx.db, actorOf(ctx, user), 'password_reset_request', {})
}

/** Sets a new password from an emailed token; the token is spent and every session ends. */
export async function resetPassword(ctx: Context, token: string, password: string): Promise<void> {
  const user = await ctx.db.user.findUnique({ where: { resetPasswordToken: sha256Hex(token) } })
  if (!user?.resetPasswordExpires || user.resetPasswordExpires.getTime() <= Date.now()) {
    throw new AppError('BAD_REQUEST', 'This reset link is invalid or has expired; ask for a new one')
  }
  const spent = await ctx.db.user.updateMany({
    where: { id: user.id, resetPasswordToken: user.resetPasswordToken },
    data: { password: await hashPassword(password), resetPasswordToken: null, resetPasswordExpires: null },
  })
  if (spent.count === 0) throw new AppError('BAD_REQUEST', 'This reset link was already used')
  await invalidateUserSessions(ctx.db, user.id)
  await logActivity(ctx.db, actorOf(ctx, user), 'password_reset', {})
}

/** Changes the password of the signed-in user; every other session of theirs ends. */
export async function changePassword(
  ctx: Context & { auth: NonNullable<Context['auth']> },
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  const user = await ctx.db.user.findUniqueOrThrow({ where: { id: ctx.auth.user.id } })
  if (!(await verifyPassword(user.password, currentPassword))) {
    throw new AppError('BAD_REQUEST', 'The current password is incorrect', { field: 'currentPassword' })
  }
  await ctx.db.user.update({ where: { id: user.id }, data: { password: await hashPassword(newPassword) } })
  const ended = await invalidateUserSessions(ctx.db, user.id, { except: ctx.auth.sessionId ?? undefined })
  await logActivity(ctx.db, actorOf(ctx), 'password_change', { sessionsEnded: ended })
}
