import { ZAvailabilityInput, ZAvailabilityOutput } from '@medbook/contracts'
import { publicProcedure } from '../procedures.js'
import { readSettings } from '../settings/service.js'
import { router } from '../trpc.js'
import { readSlotDays } from './precomputed.js'

export const availabilityRouter = router({
  /** A doctor's bookable slots between two hospital-local days (at most 31 days). */
  slots: publicProcedure
    .input(ZAvailabilityInput)
    .output(ZAvailabilityOutput)
    .query(async ({ ctx, input }) => {
      const settings = await readSettings(ctx.db)
      return readSlotDays(ctx.db, input.doctorId, input, settings, ctx.services.clock.now())
    }),
})
