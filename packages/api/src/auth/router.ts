import {
  ZAcceptInvitationInput,
  ZChangePasswordInput,
  ZLoginInput,
  ZLoginOutput,
  ZOk,
  ZRegisterHospitalInput,
  ZRequestPasswordResetCodeInput,
  ZRequestPasswordResetCodeOutput,
  ZRequestPasswordResetInput,
  ZResendCodeInput,
  ZResendCodeOutput,
  ZResetPasswordInput,
  ZResetPasswordWithCodeInput,
  ZSessionUser,
  ZSignUpInput,
  ZSignUpOutput,
  ZVerifyAccountInput,
} from '@medbook/contracts'
import { z } from 'zod'
import { logActivity } from '../audit/log-activity.js'
import { authedProcedure, publicProcedure } from '../procedures.js'
import { router, settlesSessions } from '../trpc.js'
import { actorOf } from './actor.js'
import { findUserByIdentifier } from './identifiers.js'
import { login, startSession } from './login-service.js'
import { changePassword, requestPasswordReset, resetPassword } from './password-service.js'
import { acceptInvitation, describeInvitation, registerHospital } from './registration-service.js'
import { requestPasswordResetCode, resetPasswordWithCode } from './reset-code-service.js'
import { invalidateSession, invalidateUserSessions } from './sessions.js'
import { signUpPatient } from './signup-service.js'
import { CODE_LIFETIME_MS, consumeVerificationCode, issueVerificationCode } from './verification-service.js'

const ok = { ok: true } as const

export const authRouter = router({
  // the output schema keeps only the public fields of the session user
  me: publicProcedure.output(ZSessionUser.nullable()).query(({ ctx }) => ctx.auth?.user ?? null),

  signUp: publicProcedure
    .input(ZSignUpInput)
    .output(ZSignUpOutput)
    .mutation(async ({ ctx, input }) => {
      await ctx.services.rateLimits.consume('signupPerIp', ctx.ipAddress ?? 'unknown')
      return signUpPatient(ctx, input)
    }),

  verifyAccount: publicProcedure
    .input(ZVerifyAccountInput)
    .output(ZLoginOutput)
    .mutation(async ({ ctx, input }) => {
      await ctx.services.rateLimits.consume('verifyPerIp', ctx.ipAddress ?? 'unknown')
      await ctx.services.rateLimits.consume('verifyPerAccount', `${input.identifier.kind}:${input.identifier.value}`)
      const user = await consumeVerificationCode(ctx.db, input.identifier, input.code)
      return startSession(ctx, user.id, 'verify_account')
    }),

  resendCode: publicProcedure
    .input(ZResendCodeInput)
    .output(ZResendCodeOutput)
    .mutation(async ({ ctx, input }) => {
      await ctx.services.rateLimits.consume('resendPerIp', ctx.ipAddress ?? 'unknown')
      await ctx.services.rateLimits.consume('resendPerAccount', `${input.identifier.kind}:${input.identifier.value}`)
      const user = await findUserByIdentifier(ctx.db, input.identifier)
      // the same answer whether or not a code went out
      let expiresAt = new Date(Date.now() + CODE_LIFETIME_MS)
      if (user && !user.verificationStatus && user.status === 'active') {
        expiresAt = await issueVerificationCode(ctx.db, ctx.services, user, input.identifier.kind)
      }
      return { ...ok, expiresAt }
    }),

  login: publicProcedure
    .input(ZLoginInput)
    .output(ZLoginOutput)
    .mutation(({ ctx, input }) => login(ctx, input)),

  logout: authedProcedure
    .use(settlesSessions)
    .output(ZOk)
    .mutation(async ({ ctx }) => {
      if (ctx.auth.sessionId) await invalidateSession(ctx.db, ctx.auth.sessionId)
      ctx.cookies.clear()
      await logActivity(ctx.db, actorOf(ctx), 'logout', {})
      return ok
    }),

  logoutEverywhere: authedProcedure
    .use(settlesSessions)
    .output(z.object({ sessionsEnded: z.number().int() }))
    .mutation(async ({ ctx }) => {
      const sessionsEnded = await invalidateUserSessions(ctx.db, ctx.auth.user.id)
      ctx.cookies.clear()
      await logActivity(ctx.db, actorOf(ctx), 'logout_all', { sessionsEnded })
      return { sessionsEnded }
    }),

  changePassword: authedProcedure
    .use(settlesSessions)
    .input(ZChangePasswordInput)
    .output(ZOk)
    .mutation(async ({ ctx, input }) => {
      await changePassword(ctx, input.currentPassword, input.newPassword)
      return ok
    }),

  requestPasswordReset: publicProcedure
    .input(ZRequestPasswordResetInput)
    .output(ZOk)
    .mutation(async ({ ctx, input }) => {
      await requestPasswordReset(ctx, input.email)
      return ok
    }),

  resetPassword: publicProcedure
    .use(settlesSessions)
    .input(ZResetPasswordInput)
    .output(ZOk)
    .mutation(async ({ ctx, input }) => {
      await resetPassword(ctx, input.token, input.password)
      return ok
    }),

  requestPasswordResetCode: publicProcedure
    .input(ZRequestPasswordResetCodeInput)
    .output(ZRequestPasswordResetCodeOutput)
    .mutation(({ ctx, input }) => requestPasswordResetCode(ctx, input.phone)),

  resetPasswordWithCode: publicProcedure
    .use(settlesSessions)
    .input(ZResetPasswordWithCodeInput)
    .output(ZOk)
    .mutation(async ({ ctx, input }) => {
      await resetPasswordWithCode(ctx, input)
      return ok
    }),

  registerHospital: publicProcedure
    .input(ZRegisterHospitalInput)
    .output(ZSignUpOutput)
    .mutation(({ ctx, input }) => registerHospital(ctx, input)),

  invitation: publicProcedure
    .input(z.object({ token: z.string().min(20).max(200) }))
    .output(z.object({ email: z.string(), hospitalName: z.string(), expiresAt: z.date() }))
    .query(({ ctx, input }) => describeInvitation(ctx, input.token)),

  acceptInvitation: publicProcedure
    .input(ZAcceptInvitationInput)
    .output(ZLoginOutput)
    .mutation(({ ctx, input }) => acceptInvitation(ctx, input)),
})
