import type { TUserRole } from '@medbook/contracts'
import { TRPCError } from '@trpc/server'
import type { Auth } from './context.js'
import { publicProcedure } from './trpc.js'

export { publicProcedure }

const ROLE_NAMES: Record<TUserRole, string> = {
  patient: 'a patient account',
  doctor: 'a doctor account',
  hospital: 'a hospital staff account',
  admin: 'an administrator account',
}

/** Signed in by session (cookie or bearer) or by an API key carrying the procedure's scope. */
export const authedProcedure = publicProcedure.use(({ ctx, meta, next }) => {
  if (!ctx.auth) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in to continue' })
  if (ctx.auth.apiKey) {
    if (!meta?.scope) throw new TRPCError({ code: 'FORBIDDEN', message: 'API keys cannot do this; sign in instead' })
    if (!ctx.auth.apiKey.scopes.includes(meta.scope)) {
      throw new TRPCError({ code: 'FORBIDDEN', message: `This API key lacks the "${meta.scope}" scope` })
    }
  }
  return next({ ctx: { auth: ctx.auth as Auth } })
})

/** Only for the given roles; FORBIDDEN names the role that was needed. */
export function roleProcedure<R extends TUserRole>(...roles: R[]) {
  return authedProcedure.use(({ ctx, next }) => {
    if (!roles.includes(ctx.auth.user.role as R)) {
      throw new TRPCError({
        code: 'FORBIDDEN',
        message: `This needs ${roles.map((role) => ROLE_NAMES[role]).join(' or ')}`,
      })
    }
    return next({ ctx: { auth: ctx.auth } })
  })
}

export const patientProcedure = roleProcedure('patient').use(({ ctx, next }) => {
  const patientId = ctx.auth.user.patientId
  if (!patientId) throw new TRPCError({ code: 'FORBIDDEN', message: 'This account has no patient profile' })
  return next({ ctx: { patientId } })
})

export const hospitalStaffProcedure = roleProcedure('hospital').use(({ ctx, next }) => {
  const hospitalId = ctx.auth.user.hospitalId
  if (!hospitalId)
    throw new TRPCError({ code: 'FORBIDDEN', message: 'This staff account is not attached to a hospital' })
  return next({ ctx: { hospitalId } })
})

export const doctorProcedure = roleProcedure('doctor').use(({ ctx, next }) => {
  const doctorId = ctx.auth.user.doctorId
  if (!doctorId) throw new TRPCError({ code: 'FORBIDDEN', message: 'This account has no doctor profile' })
  return next({ ctx: { doctorId } })
})

export const adminProcedure = roleProcedure('admin')
