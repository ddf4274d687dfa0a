import {
  ZHospitalDetails,
  ZHospitalServiceEntry,
  ZRosterDoctor,
  ZUpdateHospitalProfileInput,
  ZUpdateRosterDoctorInput,
  ZUpsertHospitalServiceInput,
} from '@medbook/contracts'
import { z } from 'zod'
import { logActivity } from '../audit/log-activity.js'
import { actorOf } from '../auth/actor.js'
import { AppError } from '../errors.js'
import { getHospitalAnyStatus } from '../hospitals/service.js'
import { hospitalStaffProcedure } from '../procedures.js'
import { router } from '../trpc.js'
import {
  listHospitalServices,
  listRoster,
  updateHospitalProfile,
  updateRosterDoctor,
  upsertHospitalService,
} from './service.js'

/** What hospital staff run for their own hospital: its profile, services and prices, doctors. */
export const myHospitalRouter = router({
  profile: hospitalStaffProcedure
    .output(ZHospitalDetails)
    .query(({ ctx }) => getHospitalAnyStatus(ctx.db, ctx.hospitalId)),

  updateProfile: hospitalStaffProcedure
    .input(ZUpdateHospitalProfileInput)
    .output(ZHospitalDetails)
    .mutation(async ({ ctx, input }) => {
      const hospital = await updateHospitalProfile(ctx.db, ctx.hospitalId, input)
      await logActivity(ctx.db, actorOf(ctx), 'update_hospital', {
        hospitalId: ctx.hospitalId,
        fields: Object.keys(input),
      })
      return hospital
    }),

  services: hospitalStaffProcedure
    .output(z.array(ZHospitalServiceEntry))
    .query(({ ctx }) => listHospitalServices(ctx.db, ctx.hospitalId)),

  /** Offers a catalogue service at the hospital's own price, or changes it. */
  setService: hospitalStaffProcedure
    .input(ZUpsertHospitalServiceInput)
    .output(z.array(ZHospitalServiceEntry))
    .mutation(async ({ ctx, input }) => {
      const services = await upsertHospitalService(ctx.db, ctx.hospitalId, input)
      await logActivity(ctx.db, actorOf(ctx), 'set_hospital_service', {
        serviceId: input.serviceId,
        price: input.price,
      })
      return services
    }),

  roster: hospitalStaffProcedure.output(z.array(ZRosterDoctor)).query(({ ctx }) => listRoster(ctx.db, ctx.hospitalId)),

  updateDoctor: hospitalStaffProcedure
    .input(ZUpdateRosterDoctorInput)
    .output(ZRosterDoctor)
    .mutation(async ({ ctx, input }) => {
      const doctor = await updateRosterDoctor(ctx.db, ctx.hospitalId, input)
      if (!doctor) throw new AppError('NOT_FOUND', 'No such doctor at your hospital')
      await logActivity(ctx.db, actorOf(ctx), 'update_doctor', { doctorId: input.doctorId, fields: Object.keys(input) })
      return doctor
    }),
})
