import { ZDoctorProfile, ZIdInput, ZSearchDoctorsInput, ZSearchDoctorsOutput } from '@medbook/contracts'
import { publicProcedure } from '../procedures.js'
import { router } from '../trpc.js'
import { getDoctorProfile } from './profile-service.js'
import { searchDoctors } from './search-service.js'

export const doctorsRouter = router({
  search: publicProcedure
    .input(ZSearchDoctorsInput)
    .output(ZSearchDoctorsOutput)
    .query(({ ctx, input }) => searchDoctors(ctx.db, input, ctx.services.clock.now())),

  get: publicProcedure
    .input(ZIdInput)
    .output(ZDoctorProfile)
    .query(({ ctx, input }) => getDoctorProfile(ctx.db, input.id, ctx.services.clock.now())),
})
