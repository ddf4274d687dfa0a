import {
  ZAddExceptionInput,
  ZDoctorScheduleOutput,
  ZIdInput,
  ZOk,
  ZScheduleException,
  ZSetWeeklySlotsInput,
} from '@medbook/contracts'
import { z } from 'zod'
import { roleProcedure } from '../procedures.js'
import { router } from '../trpc.js'
import { addException, getDoctorSchedule, removeException, setWeeklySlots } from './service.js'

const careTeam = roleProcedure('hospital', 'doctor')

export const doctorSchedulesRouter = router({
  get: careTeam
    .meta({ scope: 'hospital:read' })
    .input(z.object({ doctorId: z.string().uuid() }))
    .output(ZDoctorScheduleOutput)
    .query(({ ctx, input }) => getDoctorSchedule(ctx.db, ctx.auth, input.doctorId)),

  setWeeklySlots: careTeam
    .meta({ scope: 'hospital:write' })
    .input(ZSetWeeklySlotsInput)
    .output(ZDoctorScheduleOutput)
    .mutation(({ ctx, input }) => setWeeklySlots(ctx.db, ctx.auth, input)),

  addException: careTeam
    .meta({ scope: 'hospital:write' })
    .input(ZAddExceptionInput)
    .output(ZScheduleException)
    .mutation(({ ctx, input }) => addException(ctx.db, ctx.auth, input)),

  removeException: careTeam
    .meta({ scope: 'hospital:write' })
    .input(ZIdInput)
    .output(ZOk)
    .mutation(async ({ ctx, input }) => {
      await removeException(ctx.db, ctx.auth, input.id)
      return { ok: true as const }
    }),
})
