import { ZIsoDate } from '@medbook/contracts'
import { z } from 'zod'
import { adminProcedure, hospitalStaffProcedure } from '../procedures.js'
import { router } from '../trpc.js'
import { adminDashboard, hospitalDashboard } from './service.js'

const ZRange = z
  .object({ from: ZIsoDate, to: ZIsoDate })
  .refine((r) => r.from <= r.to, { message: 'from_after_to', path: ['to'] })
  .refine((r) => Date.parse(r.to) - Date.parse(r.from) <= 366 * 86_400_000, { message: 'range_too_long', path: ['to'] })

const ZCount = z.number().int()

export const dashboardsRouter = router({
  hospital: hospitalStaffProcedure
    .input(ZRange)
    .output(
      z.object({
        timeZone: z.string(),
        perDay: z.array(z.object({ date: z.string(), status: z.string(), count: ZCount })),
        noShowRate: z.number().nullable(),
        revenue: z.array(z.object({ date: z.string(), amount: ZCount })),
        revenueTotal: ZCount,
        busiestDoctors: z.array(
          z.object({
            id: z.string().uuid(),
            name: z.string(),
            appointments: ZCount,
            completed: ZCount,
            rating: z.number(),
          }),
        ),
        rating: z.object({ average: z.number(), count: ZCount }),
      }),
    )
    .query(({ ctx, input }) => hospitalDashboard(ctx.db, ctx.hospitalId, input)),

  admin: adminProcedure
    .output(
      z.object({
        usersByRole: z.array(z.object({ role: z.string(), count: ZCount })),
        hospitals: z.array(z.object({ status: z.string(), verified: z.boolean(), count: ZCount })),
        doctorsByStatus: z.array(z.object({ status: z.string(), count: ZCount })),
        appointmentsLast30Days: ZCount,
        newUsersPerWeek: z.array(z.object({ week: z.string(), users: ZCount })),
        pending: z.object({ hospitals: ZCount, doctors: ZCount }),
      }),
    )
    .query(({ ctx }) => adminDashboard(ctx.db)),
})
