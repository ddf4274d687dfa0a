import { ZIdInput, ZInvitationInfo, ZInviteDoctorInput, ZOk } from '@medbook/contracts'
import { z } from 'zod'
import { logActivity } from '../audit/log-activity.js'
import { actorOf } from '../auth/actor.js'
import { generateToken, sha256Hex } from '../auth/crypto.js'
import { AppError } from '../errors.js'
import { doctorInvitationMail } from '../mail/messages.js'
import { hospitalStaffProcedure } from '../procedures.js'
import { router } from '../trpc.js'

const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000
const invitationSelect = { id: true, email: true, createdAt: true, expiresAt: true, acceptedAt: true } as const

export const invitationsRouter = router({
  list: hospitalStaffProcedure
    .meta({ scope: 'hospital:read' })
    .output(z.array(ZInvitationInfo))
    .query(({ ctx }) =>
      ctx.db.doctorInvitation.findMany({
        where: { hospitalId: ctx.hospitalId },
        orderBy: { createdAt: 'desc' },
        select: invitationSelect,
        take: 200,
      }),
    ),

  /** Emails a doctor a single-use link to join this hospital. */
  invite: hospitalStaffProcedure
    .meta({ scope: 'hospital:write' })
    .input(ZInviteDoctorInput)
    .output(ZInvitationInfo)
    .mutation(async ({ ctx, input }) => {
      const taken = await ctx.db.user.findUnique({ where: { email: input.email }, select: { id: true } })
      if (taken) throw new AppError('CONFLICT', 'This email already has a MedBook account', { field: 'email' })
      const hospital = await ctx.db.hospital.findUniqueOrThrow({
        where: { id: ctx.hospitalId },
        select: { name: true },
      })
      const token = generateToken(32)
      const invitation = await ctx.db.doctorInvitation.create({
        data: {
          hospitalId: ctx.hospitalId,
          email: input.email,
          tokenHash: sha256Hex(token),
          invitedById: ctx.auth.user.id,
          expiresAt: new Date(Date.now() + INVITATION_LIFETIME_MS),
        },
        select: invitationSelect,
      })
      const url = `${ctx.services.config.portalUrl}/accept-invitation?token=${token}`
      await ctx.services.mailer.send(doctorInvitationMail(input.email, hospital.name, url))
      await logActivity(ctx.db, actorOf(ctx), 'invite_doctor', { invitationId: invitation.id })
      return invitation
    }),

  revoke: hospitalStaffProcedure
    .meta({ scope: 'hospital:write' })
    .input(ZIdInput)
    .output(ZOk)
    .mutation(async ({ ctx, input }) => {
      const { count } = await ctx.db.doctorInvitation.deleteMany({
        where: { id: input.id, hospitalId: ctx.hospitalId, acceptedAt: null },
      })
      if (count === 0) throw new AppError('NOT_FOUND', 'No such open invitation at your hospital')
      return { ok: true as const }
    }),
})
