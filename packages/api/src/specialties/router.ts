import { ZListSpecialtiesOutput } from '@medbook/contracts'
import { publicProcedure } from '../procedures.js'
import { router } from '../trpc.js'
import { listSpecialties } from './service.js'

export const specialtiesRouter = router({
  list: publicProcedure.output(ZListSpecialtiesOutput).query(({ ctx }) => listSpecialties(ctx.db)),
})
