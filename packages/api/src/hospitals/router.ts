import {
  ZHospitalDetails,
  ZIdInput,
  ZListCitiesOutput,
  ZNearbyHospital,
  ZNearHospitalsInput,
  ZSearchHospitalsInput,
  ZSearchHospitalsOutput,
} from '@medbook/contracts'
import { z } from 'zod'
import { publicProcedure } from '../procedures.js'
import { router } from '../trpc.js'
import { getHospital, hospitalsNear, listCities, searchHospitals } from './service.js'

export const hospitalsRouter = router({
  search: publicProcedure
    .input(ZSearchHospitalsInput)
    .output(ZSearchHospitalsOutput)
    .query(({ ctx, input }) => searchHospitals(ctx.db, input)),
  cities: publicProcedure.output(ZListCitiesOutput).query(({ ctx }) => listCities(ctx.db)),
  /** nearest first, within a radius */
  near: publicProcedure
    .input(ZNearHospitalsInput)
    .output(z.array(ZNearbyHospital))
    .query(({ ctx, input }) => hospitalsNear(ctx.db, input)),
  get: publicProcedure
    .input(ZIdInput)
    .output(ZHospitalDetails)
    .query(({ ctx, input }) => getHospital(ctx.db, input.id)),
})
