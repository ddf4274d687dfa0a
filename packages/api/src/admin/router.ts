import {
  ZListActivityLogsInput,
  ZListActivityLogsOutput,
  ZListUsersInput,
  ZListUsersOutput,
  ZSetUserStatusInput,
  ZUserSummary,
} from '@medbook/contracts'
import { actorOf } from '../auth/actor.js'
import { adminProcedure } from '../procedures.js'
import { router } from '../trpc.js'
import { listActivityLogs } from './activity-logs-service.js'
import { listUsers, setUserStatus } from './users-service.js'

export const adminRouter = router({
  users: adminProcedure
    .input(ZListUsersInput)
    .output(ZListUsersOutput)
    .query(({ ctx, input }) => listUsers(ctx.db, input)),

  setUserStatus: adminProcedure
    .input(ZSetUserStatusInput)
    .output(ZUserSummary)
    .mutation(({ ctx, input }) => setUserStatus(ctx.db, actorOf(ctx), input)),

  activityLogs: adminProcedure
    .input(ZListActivityLogsInput)
    .output(ZListActivityLogsOutput)
    .query(({ ctx, input }) => listActivityLogs(ctx.db, input)),
})
