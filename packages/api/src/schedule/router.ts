import { ZScheduleInput, ZScheduleOutput } from '@medbook/contracts'
import { roleProcedure } from '../procedures.js'
import { router } from '../trpc.js'
import { listSchedule } from './service.js'

export const scheduleRouter = router({
  /** The day or week view of the portal: staff see their hospital, doctors themselves. */
  appointments: roleProcedure('hospital', 'doctor')
    .meta({ scope: 'hospital:read' })
    .input(ZScheduleInput)
    .output(ZScheduleOutput)
    .query(({ ctx, input }) => listSchedule(ctx.db, ctx.auth, input)),
})
