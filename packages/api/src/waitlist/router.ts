import { ZAppointment, ZIdInput, ZJoinWaitlistInput, ZOk, ZWaitlistEntry } from '@medbook/contracts'
import { z } from 'zod'
import { appointmentSelect, toAppointment } from '../appointments/present.js'
import { patientProcedure } from '../procedures.js'
import { router } from '../trpc.js'
import { claimWaitlistOffer, joinWaitlist, leaveWaitlist, listMyWaitlist } from './service.js'

export const waitlistRouter = router({
  join: patientProcedure
    .meta({ scope: 'appointments:write' })
    .input(ZJoinWaitlistInput)
    .output(ZWaitlistEntry)
    .mutation(({ ctx, input }) => joinWaitlist(ctx.db, ctx.patientId, input, ctx.services.clock.now())),

  mine: patientProcedure
    .meta({ scope: 'appointments:read' })
    .output(z.array(ZWaitlistEntry))
    .query(({ ctx }) => listMyWaitlist(ctx.db, ctx.patientId)),

  leave: patientProcedure
    .meta({ scope: 'appointments:write' })
    .input(ZIdInput)
    .output(ZOk)
    .mutation(async ({ ctx, input }) => {
      await leaveWaitlist(ctx.db, ctx.patientId, input.id)
      return { ok: true as const }
    }),

  /** Takes the slot held for the patient after it freed up. */
  claim: patientProcedure
    .meta({ scope: 'appointments:write' })
    .input(ZIdInput)
    .output(ZAppointment)
    .mutation(async ({ ctx, input }) => {
      const id = await claimWaitlistOffer(ctx.db, ctx.patientId, input.id, ctx.services.clock.now())
      return toAppointment(await ctx.db.appointment.findUniqueOrThrow({ where: { id }, select: appointmentSelect }))
    }),
})
