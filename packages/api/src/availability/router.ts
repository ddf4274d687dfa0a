import { ZAvailabilityInput, ZAvailabilityOutput } from '@medbook/contracts'
import { publicProcedure } from '../procedures.js'
import { readSettings } from '../settings/service.js'
import { router } from '../trpc.js'
import { listSlotDays, loadBookableDoctor } from './service.js'

export const availabilityRouter = router({
  /** A doctor's bookable slots between two hospital-local days (at most 31 days). */
  slots: publicProcedure
    .input(ZAvailabilityInput)
    .output(ZAvailabilityOutput)
    .query(async ({ ctx, input }) => {
      const [doctor, settings] = await Promise.all([loadBookableDoctor(ctx.db, input.doctorId), readSettings(ctx.db)])
      const { slots, workingDates } = await listSlotDays(ctx.db, doctor, input, settings, ctx.services.clock.now())
      return { doctorId: doctor.id, timeZone: doctor.hospital.timeZone, slots, workingDates }
    }),
})
