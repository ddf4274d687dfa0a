import type { ZAcceptInvitationInput, ZRegisterHospitalInput } from '@medbook/contracts'
import type { z } from 'zod'
import { logActivity } from '../audit/log-activity.js'
import type { Context } from '../context.js'
import { isUniqueViolation } from '../db-errors.js'
import { AppError } from '../errors.js'
import { actorOf } from './actor.js'
import { sha256Hex } from './crypto.js'
import { maskIdentifier } from './identifiers.js'
import { startSession } from './login-service.js'
import { hashPassword } from './passwords.js'
import { issueVerificationCode } from './verification-service.js'

/** A hospital signs up with its staff account; it stays pending until an admin verifies it. */
export async function registerHospital(ctx: Context, input: z.output<typeof ZRegisterHospitalInput>) {
  await ctx.services.rateLimits.consume('signupPerIp', ctx.ipAddress ?? 'unknown')
  const passwordHash = await hashPassword(input.password)
  try {
    const user = await ctx.db.user.create({
      data: {
        role: 'hospital',
        email: input.email,
        phoneNumber: input.phoneNumber,
        password: passwordHash,
        firstName: input.firstName,
        lastName: input.lastName,
        hospital: {
          create: {
            name: input.hospitalName,
            type: input.hospitalType,
            registrationNumber: input.registrationNumber,
            street: input.street,
            city: input.city,
            latitude: input.latitude,
            longitude: input.longitude,
            contactInfo: { phoneNumber: input.phoneNumber, email: input.email },
            status: 'pending',
            verified: false,
          },
        },
      },
    })
    await logActivity(ctx.db, actorOf(ctx, user), 'register_hospital', { registrationNumber: input.registrationNumber })
    const codeExpiresAt = await issueVerificationCode(ctx.db, ctx.services, user, 'email')
    return { sentTo: maskIdentifier({ kind: 'email', value: input.email }), codeExpiresAt }
  } catch (error) {
    if (isUniqueViolation(error, 'registrationNumber')) {
      throw new AppError('CONFLICT', 'A hospital with this registration number is already registered', {
        field: 'registrationNumber',
      })
    }
    if (isUniqueViolation(error, 'email') || isUniqueViolation(error, 'phoneNumber')) {
      throw new AppError('CONFLICT', 'This email or phone number cannot be used; sign in or use another', {
        field: 'email',
      })
    }
    throw error
  }
}

async function findOpenInvitation(ctx: Context, token: string) {
  const invitation = await ctx.db.doctorInvitation.findUnique({
    where: { tokenHash: sha256Hex(token) },
    include: { hospital: { select: { id: true, name: true } } },
  })
  if (!invitation || invitation.acceptedAt || invitation.expiresAt.getTime() <= Date.now()) {
    throw new AppError(
      'NOT_FOUND',
      'This invitation is invalid, already used or expired; ask the hospital for a new one',
    )
  }
  return invitation
}

export async function describeInvitation(ctx: Context, token: string) {
  const invitation = await findOpenInvitation(ctx, token)
  return { email: invitation.email, hospitalName: invitation.hospital.name, expiresAt: invitation.expiresAt }
}

/** A doctor accepts a hospital's invitation; the account waits for an admin to approve the licence. */
export async function acceptInvitation(ctx: Context, input: z.output<typeof ZAcceptInvitationInput>) {
  const invitation = await findOpenInvitation(ctx, input.token)
  const passwordHash = await hashPassword(input.password)
  let userId: string
  try {
    userId = await ctx.db.$transaction(async (tx) => {
      const claimed = await tx.doctorInvitation.updateMany({
        where: { id: invitation.id, acceptedAt: null },
        data: { acceptedAt: new Date() },
      })
      if (claimed.count === 0) throw new AppError('CONFLICT', 'This invitation was just accepted')
      const user = await tx.user.create({
        data: {
          role: 'doctor',
          email: invitation.email,
          phoneNumber: input.phoneNumber ?? null,
          password: passwordHash,
          firstName: input.firstName,
          lastName: input.lastName,
          verificationStatus: true,
          doctor: {
            create: {
              hospitalId: invitation.hospitalId,
              licenseNumber: input.licenseNumber,
              consultationFee: 0,
              status: 'pending',
            },
          },
        },
      })
      return user.id
    })
  } catch (error) {
    if (isUniqueViolation(error, 'licenseNumber')) {
      throw new AppError('CONFLICT', 'This licence number is already registered', { field: 'licenseNumber' })
    }
    if (isUniqueViolation(error, 'email') || isUniqueViolation(error, 'phoneNumber')) {
      throw new AppError('CONFLICT', 'This email or phone number already has a MedBook account', {
        field: 'phoneNumber',
      })
    }
    throw error
  }
  return startSession(ctx, userId, 'accept_invitation')
}
