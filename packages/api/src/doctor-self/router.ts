import {
  ZDoctorPatientsInput,
  ZDoctorPatientsOutput,
  ZDoctorSelfProfile,
  ZUpdateDoctorSelfProfileInput,
} from '@medbook/contracts'
import { logActivity } from '../audit/log-activity.js'
import { actorOf } from '../auth/actor.js'
import { doctorProcedure } from '../procedures.js'
import { router } from '../trpc.js'
import { listDoctorPatients } from './patients-service.js'
import { getDoctorSelfProfile, updateDoctorSelfProfile } from './profile-service.js'

/** What a signed-in doctor runs for themselves: their own profile and the people they see. */
export const doctorSelfRouter = router({
  profile: doctorProcedure.output(ZDoctorSelfProfile).query(({ ctx }) => getDoctorSelfProfile(ctx.db, ctx.doctorId)),

  /** Biography, languages and qualifications only; the rest is the hospital staff's to change. */
  updateProfile: doctorProcedure
    .input(ZUpdateDoctorSelfProfileInput)
    .output(ZDoctorSelfProfile)
    .mutation(async ({ ctx, input }) => {
      const profile = await updateDoctorSelfProfile(ctx.db, ctx.doctorId, input)
      await logActivity(ctx.db, actorOf(ctx), 'update_doctor', {
        doctorId: ctx.doctorId,
        fields: Object.keys(input),
        by: 'self',
      })
      return profile
    }),

  /** People with appointments with this doctor (never another doctor's), one page at a time. */
  patients: doctorProcedure
    .input(ZDoctorPatientsInput)
    .output(ZDoctorPatientsOutput)
    .query(({ ctx, input }) => listDoctorPatients(ctx.db, ctx.doctorId, input, ctx.services.clock.now())),
})
