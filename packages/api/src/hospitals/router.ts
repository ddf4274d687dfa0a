import { ZListCitiesOutput, ZSearchHospitalsInput, ZSearchHospitalsOutput } from '@medbook/contracts'
import { publicProcedure } from '../procedures.js'
import { router } from '../trpc.js'
import { listCities, searchHospitals } from './service.js'

export const hospitalsRouter = router({
  search: publicProcedure
    .input(ZSearchHospitalsInput)
    .output(ZSearchHospitalsOutput)
    .query(({ ctx, input }) => searchHospitals(ctx.db, input)),
  cities: publicProcedure.output(ZListCitiesOutput).query(({ ctx }) => listCities(ctx.db)),
})
