import { ZFamilyMember, ZFamilyMemberInput, ZIdInput, ZOk, ZUpdateFamilyMemberInput } from '@medbook/contracts'
import { z } from 'zod'
import { logActivity } from '../audit/log-activity.js'
import { actorOf } from '../auth/actor.js'
import { patientProcedure } from '../procedures.js'
import { router } from '../trpc.js'
import { addFamilyMember, listFamilyMembers, removeFamilyMember, updateFamilyMember } from './service.js'

export const familyRouter = router({
  list: patientProcedure
    .meta({ scope: 'family:read' })
    .output(z.array(ZFamilyMember))
    .query(({ ctx }) => listFamilyMembers(ctx.db, ctx.patientId)),

  add: patientProcedure
    .meta({ scope: 'family:write' })
    .input(ZFamilyMemberInput)
    .output(ZFamilyMember)
    .mutation(async ({ ctx, input }) => {
      const member = await addFamilyMember(ctx.db, ctx.patientId, input)
      await logActivity(ctx.db, actorOf(ctx), 'family_member_add', { familyMemberId: member.id })
      return member
    }),

  update: patientProcedure
    .meta({ scope: 'family:write' })
    .input(ZUpdateFamilyMemberInput)
    .output(ZFamilyMember)
    .mutation(async ({ ctx, input }) => {
      const member = await updateFamilyMember(ctx.db, ctx.patientId, input)
      await logActivity(ctx.db, actorOf(ctx), 'family_member_update', { familyMemberId: member.id })
      return member
    }),

  remove: patientProcedure
    .meta({ scope: 'family:write' })
    .input(ZIdInput)
    .output(ZOk)
    .mutation(async ({ ctx, input }) => {
      await removeFamilyMember(ctx.db, ctx.patientId, input.id)
      await logActivity(ctx.db, actorOf(ctx), 'family_member_remove', { familyMemberId: input.id })
      return { ok: true as const }
    }),
})
