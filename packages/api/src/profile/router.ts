import { ZProfile, ZUpdateProfileInput } from '@medbook/contracts'
import { logActivity } from '../audit/log-activity.js'
import { actorOf } from '../auth/actor.js'
import { authedProcedure } from '../procedures.js'
import { router } from '../trpc.js'
import { getProfile, updateProfile } from './service.js'

export const profileRouter = router({
  get: authedProcedure
    .meta({ scope: 'profile:read' })
    .output(ZProfile)
    .query(({ ctx }) => getProfile(ctx.db, ctx.auth.user.id)),

  update: authedProcedure
    .meta({ scope: 'profile:write' })
    .input(ZUpdateProfileInput)
    .output(ZProfile)
    .mutation(async ({ ctx, input }) => {
      const profile = await updateProfile(ctx.db, ctx.auth.user.id, input)
      await logActivity(ctx.db, actorOf(ctx), 'update_profile', { fields: Object.keys(input) })
      return profile
    }),
})
