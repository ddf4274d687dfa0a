import { ZOk } from '@medbook/contracts'
import { z } from 'zod'
import { actorOf } from '../auth/actor.js'
import { adminProcedure } from '../procedures.js'
import { router } from '../trpc.js'
import { decideDoctor, decideHospital, pendingVerifications } from './service.js'

const ZDecision = { approve: z.boolean(), reason: z.string().trim().min(3).max(500).optional() }

export const verificationRouter = router({
  queue: adminProcedure
    .output(
      z.object({
        hospitals: z.array(
          z.object({
            id: z.string().uuid(),
            name: z.string(),
            type: z.string(),
            city: z.string(),
            registrationNumber: z.string(),
            status: z.string(),
            verified: z.boolean(),
            createdAt: z.date(),
            contactName: z.string(),
            email: z.string().nullable(),
            phoneNumber: z.string().nullable(),
          }),
        ),
        doctors: z.array(
          z.object({
            id: z.string().uuid(),
            name: z.string(),
            email: z.string().nullable(),
            licenseNumber: z.string(),
            verifiedDocuments: z.boolean(),
            createdAt: z.date(),
            hospital: z.object({ id: z.string().uuid(), name: z.string() }),
          }),
        ),
      }),
    )
    .query(({ ctx }) => pendingVerifications(ctx.db)),

  decideHospital: adminProcedure
    .input(z.object({ hospitalId: z.string().uuid(), ...ZDecision }))
    .output(ZOk)
    .mutation(async ({ ctx, input }) => {
      await decideHospital(ctx.db, ctx.services, actorOf(ctx), input)
      return { ok: true as const }
    }),

  decideDoctor: adminProcedure
    .input(z.object({ doctorId: z.string().uuid(), ...ZDecision }))
    .output(ZOk)
    .mutation(async ({ ctx, input }) => {
      await decideDoctor(ctx.db, ctx.services, actorOf(ctx), input)
      return { ok: true as const }
    }),
})
