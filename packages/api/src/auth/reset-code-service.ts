import { Prisma } from '@medbook/db'
import { logActivity } from '../audit/log-activity.js'
import type { Context } from '../context.js'
import { AppError } from '../errors.js'
import { actorOf } from './actor.js'
import { maskIdentifier } from './identifiers.js'
import { hashPassword } from './passwords.js'
import { invalidateUserSessions } from './sessions.js'
import { CODE_LIFETIME_MS, checkOneTimeCode, storeOneTimeCode, WRONG_CODE } from './verification-service.js'

// Password reset for accounts that have a phone number and maybe no email: a six-digit code by
// SMS instead of an emailed link. The code lives in users.otp like a verification code (hashed,
// 10 minutes, 5 tries) but is tagged `password_reset`, so neither kind of code opens the other door.

export interface ResetCodeSent {
  sentTo: string
  codeExpiresAt: Date
}

/** Always answers the same; only an active, verified account with that number gets a code. */
export async function requestPasswordResetCode(ctx: Context, phone: string): Promise<ResetCodeSent> {
  await ctx.services.rateLimits.consume('resetPerIp', ctx.ipAddress ?? 'unknown')
  await ctx.services.rateLimits.consume('resetPerAccount', phone)
  const sentTo = maskIdentifier({ kind: 'phone', value: phone })
  const user = await ctx.db.user.findUnique({ where: { phoneNumber: phone } })
  // an unverified account has a verification code outstanding: signing up again claims it
  if (user?.status !== 'active' || !user.verificationStatus) {
    return { sentTo, codeExpiresAt: new Date(Date.now() + CODE_LIFETIME_MS) }
  }
  const { code, expiresAt } = await storeOneTimeCode(ctx.db, user.id, 'password_reset')
  await ctx.services.sms.send(
    phone,
    `MedBook: ma dat lai mat khau cua ban la ${code} (hieu luc 10 phut). Khong chia se ma nay. ` +
      `Your password reset code: ${code}`,
  )
  await logActivity(ctx.db, actorOf(ctx, user), 'password_reset_request', { channel: 'phone' })
  return { sentTo, codeExpiresAt: expiresAt }
}

/** Sets a new password from an SMS code; the code is spent and every session of the account ends. */
export async function resetPasswordWithCode(
  ctx: Context,
  input: { phone: string; code: string; newPassword: string },
): Promise<void> {
  await ctx.services.rateLimits.consume('verifyPerIp', ctx.ipAddress ?? 'unknown')
  await ctx.services.rateLimits.consume('verifyPerAccount', `phone:${input.phone}`)
  const user = await ctx.db.user.findUnique({ where: { phoneNumber: input.phone } })
  if (user?.status !== 'active') throw new AppError('BAD_REQUEST', WRONG_CODE)
  const stored = await checkOneTimeCode(ctx.db, user, input.code, 'password_reset')
  // compare-and-swap on the stored code: of two requests racing with the same code, one wins
  const spent = await ctx.db.user.updateMany({
    where: { id: user.id, otp: { equals: stored } },
    data: {
      password: await hashPassword(input.newPassword),
      otp: Prisma.DbNull,
      resetPasswordToken: null,
      resetPasswordExpires: null,
    },
  })
  if (spent.count === 0) throw new AppError('BAD_REQUEST', WRONG_CODE)
  const sessionsEnded = await invalidateUserSessions(ctx.db, user.id)
  await logActivity(ctx.db, actorOf(ctx, user), 'password_reset', { channel: 'phone', sessionsEnded })
}
