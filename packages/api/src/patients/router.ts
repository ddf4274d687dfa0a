import { ZOk, ZPatientMedicalProfile, ZUpdatePatientMedicalInput } from '@medbook/contracts'
import { z } from 'zod'
import { logActivity } from '../audit/log-activity.js'
import { actorOf } from '../auth/actor.js'
import { patientProcedure } from '../procedures.js'
import { router } from '../trpc.js'
import { addFavoriteDoctor, getMedicalProfile, listFavoriteDoctors, updateMedicalProfile } from './service.js'

const ZFavoriteDoctor = z.object({
  doctorId: z.string().uuid(),
  name: z.string(),
  profilePicture: z.string().nullable(),
  hospital: z.object({ id: z.string().uuid(), name: z.string() }),
  consultationFee: z.number().int(),
  ratingAverage: z.number(),
})

export const patientsRouter = router({
  medicalProfile: patientProcedure
    .meta({ scope: 'profile:read' })
    .output(ZPatientMedicalProfile)
    .query(({ ctx }) => getMedicalProfile(ctx.db, ctx.patientId)),

  updateMedicalProfile: patientProcedure
    .meta({ scope: 'profile:write' })
    .input(ZUpdatePatientMedicalInput)
    .output(ZPatientMedicalProfile)
    .mutation(async ({ ctx, input }) => {
      const profile = await updateMedicalProfile(ctx.db, ctx.patientId, input)
      await logActivity(ctx.db, actorOf(ctx), 'update_medical_profile', { fields: Object.keys(input) })
      return profile
    }),

  favoriteDoctors: patientProcedure
    .meta({ scope: 'profile:read' })
    .output(z.array(ZFavoriteDoctor))
    .query(({ ctx }) => listFavoriteDoctors(ctx.db, ctx.patientId)),

  addFavoriteDoctor: patientProcedure
    .meta({ scope: 'profile:write' })
    .input(z.object({ doctorId: z.string().uuid() }))
    .output(ZOk)
    .mutation(async ({ ctx, input }) => {
      await addFavoriteDoctor(ctx.db, ctx.patientId, input.doctorId)
      return { ok: true as const }
    }),

  removeFavoriteDoctor: patientProcedure
    .meta({ scope: 'profile:write' })
    .input(z.object({ doctorId: z.string().uuid() }))
    .output(ZOk)
    .mutation(async ({ ctx, input }) => {
      await ctx.db.patientFavoriteDoctor.deleteMany({ where: { patientId: ctx.patientId, doctorId: input.doctorId } })
      return { ok: true as const }
    }),
})
