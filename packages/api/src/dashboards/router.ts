import { ZAdminDashboard, ZAdminDashboardInput, ZDashboardRangeInput, ZHospitalDashboard } from '@medbook/contracts'
import { adminProcedure, hospitalStaffProcedure } from '../procedures.js'
import { router } from '../trpc.js'
import { adminDashboard, hospitalDashboard } from './service.js'

export const dashboardsRouter = router({
  /** The staff member's own hospital between two of its local days (at most a year apart). */
  hospital: hospitalStaffProcedure
    .input(ZDashboardRangeInput)
    .output(ZHospitalDashboard)
    .query(({ ctx, input }) => hospitalDashboard(ctx.db, ctx.hospitalId, input)),

  /** Platform totals, weekly growth and the verification queue's oldest entries. */
  admin: adminProcedure
    .input(ZAdminDashboardInput)
    .output(ZAdminDashboard)
    .query(({ ctx, input }) => adminDashboard(ctx.db, { weeks: input?.weeks ?? 12 }, ctx.services.clock.now())),
})
