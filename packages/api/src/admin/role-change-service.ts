import type { ZChangeRoleInput } from '@medbook/contracts'
import type { Prisma, PrismaClient } from '@medbook/db'
import type { z } from 'zod'
import { type ActivityActor, logActivity } from '../audit/log-activity.js'
import { invalidateUserSessions } from '../auth/sessions.js'
import { AppError } from '../errors.js'
import { roleChangedMail } from '../mail/messages.js'
import type { Services } from '../services.js'
import { userSummarySelect } from './users-service.js'

type Tx = Prisma.TransactionClient

async function hasFutureAppointments(tx: Tx, where: Prisma.AppointmentWhereInput, now: Date) {
  return (await tx.appointment.count({ where: { ...where, status: 'scheduled', startsAt: { gt: now } } })) > 0
}

/**
 * What leaving the current role needs: a doctor or patient with upcoming visits keeps them
 * (reassign, cancel or deactivate first); a hospital's account hands the hospital over first.
 */
async function checkLeaving(
  tx: Tx,
  user: {
    role: string
    doctor: { id: string } | null
    patient: { id: string } | null
    hospital: { id: string } | null
  },
  now: Date,
) {
  if (user.role === 'doctor' && user.doctor && (await hasFutureAppointments(tx, { doctorId: user.doctor.id }, now))) {
    throw new AppError(
      'PRECONDITION_FAILED',
      'This doctor has upcoming appointments; their hospital must reassign or cancel them first',
    )
  }
  if (
    user.role === 'patient' &&
    user.patient &&
    (await hasFutureAppointments(tx, { patientId: user.patient.id }, now))
  ) {
    throw new AppError('PRECONDITION_FAILED', 'This patient has upcoming appointments; cancel them first')
  }
  if (user.role === 'hospital' && user.hospital) {
    throw new AppError(
      'PRECONDITION_FAILED',
      "This account runs a hospital; give the hospital to another account first (change that account's role to hospital)",
    )
  }
}

/**
 * An administrator's explicit role change. One transaction checks the rules (docs/security.md,
 * "Role changes"), changes the role, creates or attaches what the new role needs, ends the
 * account's sessions and revokes its API keys, and logs `role_change`; then the holder is emailed.
 */
export async function changeRole(
  db: PrismaClient,
  services: Services,
  actor: ActivityActor & { userId: string },
  input: z.output<typeof ZChangeRoleInput>,
  now = new Date(),
) {
  if (input.userId === actor.userId) throw new AppError('BAD_REQUEST', 'You cannot change the role of your own account')
  const { user, previousHospitalAccount } = await db.$transaction(async (tx) => {
    // one change of this account at a time
    await tx.$queryRaw`SELECT id FROM users WHERE id = ${input.userId}::uuid FOR UPDATE`
    const before = await tx.user.findUnique({
      where: { id: input.userId },
      select: {
        role: true,
        doctor: { select: { id: true } },
        patient: { select: { id: true } },
        hospital: { select: { id: true } },
      },
    })
    if (!before) throw new AppError('NOT_FOUND', 'No such user')
    if (before.role === input.role) throw new AppError('BAD_REQUEST', `This account already has the role ${input.role}`)
    await checkLeaving(tx, before, now)

    let previousHospitalAccount: string | null = null
    if (input.role === 'doctor' && !before.doctor) {
      throw new AppError(
        'PRECONDITION_FAILED',
        'This account has no doctor profile; doctors join through a hospital invitation',
      )
    }
    if (input.role === 'patient' && !before.patient) await tx.patient.create({ data: { userId: input.userId } })
    if (input.role === 'hospital') {
      await tx.$queryRaw`SELECT id FROM hospitals WHERE id = ${input.hospitalId}::uuid FOR UPDATE`
      const hospital = await tx.hospital.findUnique({ where: { id: input.hospitalId }, select: { userId: true } })
      if (!hospital) throw new AppError('NOT_FOUND', 'No such hospital', { field: 'hospitalId' })
      // a hospital has one account: it moves to this user, and the one it leaves can do nothing until given a role
      previousHospitalAccount = hospital.userId
      await tx.hospital.update({ where: { id: input.hospitalId }, data: { userId: input.userId } })
      await invalidateUserSessions(tx as PrismaClient, previousHospitalAccount)
    }
    const user = await tx.user.update({
      where: { id: input.userId },
      data: { role: input.role },
      select: { ...userSummarySelect, firstName: true },
    })
    const sessionsEnded = await invalidateUserSessions(tx as PrismaClient, input.userId)
    await tx.apiKey.updateMany({ where: { userId: input.userId, revokedAt: null }, data: { revokedAt: now } })
    await logActivity(tx, actor, 'role_change', {
      targetUserId: input.userId,
      from: before.role,
      to: input.role,
      reason: input.reason,
      hospitalId: input.hospitalId ?? null,
      previousHospitalAccount,
      sessionsEnded,
    })
    await tx.notification.create({
      data: {
        recipientId: input.userId,
        recipientRole: input.role,
        type: 'system',
        title: 'Vai trò tài khoản đã thay đổi / Your account role has changed',
        message: input.reason,
      },
    })
    return { user, previousHospitalAccount }
  })
  if (user.email) {
    const signIn = input.role === 'patient' ? services.config.appUrl : services.config.portalUrl
    await services.mailer
      .send(roleChangedMail(user.email, user.firstName, input.role, input.reason, `${signIn}/login`))
      .catch(() => {})
  }
  return { user, previousHospitalAccount }
}
