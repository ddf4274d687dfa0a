import {
  ZChangeRoleInput,
  ZListActivityLogsInput,
  ZListActivityLogsOutput,
  ZListUsersInput,
  ZListUsersOutput,
  ZSetUserStatusInput,
  ZUserSummary,
} from '@medbook/contracts'
import { actorOf } from '../auth/actor.js'
import { adminProcedure } from '../procedures.js'
import { router, settlesSessions } from '../trpc.js'
import { listActivityLogs } from './activity-logs-service.js'
import { changeRole } from './role-change-service.js'
import { listUsers, setUserStatus } from './users-service.js'

export const adminRouter = router({
  users: adminProcedure
    .input(ZListUsersInput)
    .output(ZListUsersOutput)
    .query(({ ctx, input }) => listUsers(ctx.db, input)),

  setUserStatus: adminProcedure
    .use(settlesSessions)
    .input(ZSetUserStatusInput)
    .output(ZUserSummary)
    .mutation(({ ctx, input }) => setUserStatus(ctx.db, actorOf(ctx), input)),

  /** Changes an account's role, by the rules in docs/security.md; its sessions end and it is told by email. */
  changeRole: adminProcedure
    .use(settlesSessions)
    .input(ZChangeRoleInput)
    .output(ZUserSummary)
    .mutation(async ({ ctx, input }) => {
      const { user } = await changeRole(ctx.db, ctx.services, { ...actorOf(ctx), userId: ctx.auth.user.id }, input)
      return user
    }),

  activityLogs: adminProcedure
    .input(ZListActivityLogsInput)
    .output(ZListActivityLogsOutput)
    .query(({ ctx, input }) => listActivityLogs(ctx.db, input)),
})
