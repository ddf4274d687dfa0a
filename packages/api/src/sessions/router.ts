import { ZOk, ZSessionInfo } from '@medbook/contracts'
import { z } from 'zod'
import { logActivity } from '../audit/log-activity.js'
import { actorOf } from '../auth/actor.js'
import { AppError } from '../errors.js'
import { authedProcedure } from '../procedures.js'
import { router, settlesSessions } from '../trpc.js'

export const sessionsRouter = router({
  /** the signed-in user's devices */
  list: authedProcedure.output(z.array(ZSessionInfo)).query(async ({ ctx }) => {
    const sessions = await ctx.db.session.findMany({
      where: { userId: ctx.auth.user.id, expiresAt: { gt: new Date() } },
      orderBy: { lastUsedAt: 'desc' },
    })
    return sessions.map((session) => ({ ...session, current: session.id === ctx.auth.sessionId }))
  }),

  revoke: authedProcedure
    .use(settlesSessions)
    .input(z.object({ id: z.string().regex(/^[0-9a-f]{64}$/) }))
    .output(ZOk)
    .mutation(async ({ ctx, input }) => {
      const { count } = await ctx.db.session.deleteMany({ where: { id: input.id, userId: ctx.auth.user.id } })
      if (count === 0) throw new AppError('NOT_FOUND', 'No such session on your account')
      if (input.id === ctx.auth.sessionId) ctx.cookies.clear()
      await logActivity(ctx.db, actorOf(ctx), 'session_revoke', {})
      return { ok: true as const }
    }),
})
