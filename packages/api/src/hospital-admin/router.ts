import {
  ZDeactivateDoctorInput,
  ZDeactivateDoctorOutput,
  ZDeactivationPreview,
  ZDeactivationPreviewInput,
  ZHospitalImages,
  ZHospitalServiceEntry,
  ZMyHospitalProfile,
  ZReactivateDoctorInput,
  ZRemoveHospitalImageInput,
  ZReorderHospitalImagesInput,
  ZRosterDoctor,
  ZUpdateHospitalProfileInput,
  ZUpdateRosterDoctorInput,
  ZUpsertHospitalServiceInput,
} from '@medbook/contracts'
import { z } from 'zod'
import { logActivity } from '../audit/log-activity.js'
import { actorOf } from '../auth/actor.js'
import { AppError } from '../errors.js'
import { getMyHospitalProfile } from '../hospitals/service.js'
import { hospitalStaffProcedure } from '../procedures.js'
import { router, settlesSessions } from '../trpc.js'
import { deactivateDoctor, previewDeactivation, reactivateDoctor } from './deactivation-service.js'
import { removeHospitalImage, reorderHospitalImages } from './images-service.js'
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
    .meta({ scope: 'hospital:read' })
    .output(ZMyHospitalProfile)
    .query(({ ctx }) => getMyHospitalProfile(ctx.db, ctx.hospitalId)),

  updateProfile: hospitalStaffProcedure
    .meta({ scope: 'hospital:write' })
    .input(ZUpdateHospitalProfileInput)
    .output(ZMyHospitalProfile)
    .mutation(async ({ ctx, input }) => {
      const hospital = await updateHospitalProfile(ctx.db, ctx.hospitalId, input)
      await logActivity(ctx.db, actorOf(ctx), 'update_hospital', {
        hospitalId: ctx.hospitalId,
        fields: Object.keys(input),
      })
      return hospital
    }),

  services: hospitalStaffProcedure
    .meta({ scope: 'hospital:read' })
    .output(z.array(ZHospitalServiceEntry))
    .query(({ ctx }) => listHospitalServices(ctx.db, ctx.hospitalId)),

  /** Offers a catalogue service at the hospital's own price, or changes it. */
  setService: hospitalStaffProcedure
    .meta({ scope: 'hospital:write' })
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

  roster: hospitalStaffProcedure
    .meta({ scope: 'hospital:read' })
    .output(z.array(ZRosterDoctor))
    .query(({ ctx }) => listRoster(ctx.db, ctx.hospitalId)),

  updateDoctor: hospitalStaffProcedure
    .meta({ scope: 'hospital:write' })
    .input(ZUpdateRosterDoctorInput)
    .output(ZRosterDoctor)
    .mutation(async ({ ctx, input }) => {
      const doctor = await updateRosterDoctor(ctx.db, ctx.hospitalId, input)
      if (!doctor) throw new AppError('NOT_FOUND', 'No such doctor at your hospital')
      await logActivity(ctx.db, actorOf(ctx), 'update_doctor', { doctorId: input.doctorId, fields: Object.keys(input) })
      return doctor
    }),

  /** What deactivating a doctor would touch: their future appointments, and which clash with a target doctor's. */
  deactivationPreview: hospitalStaffProcedure
    .meta({ scope: 'hospital:read' })
    .input(ZDeactivationPreviewInput)
    .output(ZDeactivationPreview)
    .query(({ ctx, input }) => previewDeactivation(ctx.db, ctx.hospitalId, input, ctx.services.clock.now())),

  /** Cancels or reassigns the doctor's future appointments, then makes their account inactive. */
  deactivateDoctor: hospitalStaffProcedure
    .use(settlesSessions)
    .meta({ scope: 'hospital:write' })
    .input(ZDeactivateDoctorInput)
    .output(ZDeactivateDoctorOutput)
    .mutation(({ ctx, input }) =>
      deactivateDoctor(
        ctx.db,
        ctx.services,
        { ...actorOf(ctx), userId: ctx.auth.user.id },
        ctx.hospitalId,
        input,
        ctx.services.clock.now(),
      ),
    ),

  reactivateDoctor: hospitalStaffProcedure
    .meta({ scope: 'hospital:write' })
    .input(ZReactivateDoctorInput)
    .output(ZRosterDoctor)
    .mutation(async ({ ctx, input }) => {
      await reactivateDoctor(ctx.db, { ...actorOf(ctx), userId: ctx.auth.user.id }, ctx.hospitalId, input.doctorId)
      const doctor = (await listRoster(ctx.db, ctx.hospitalId)).find((row) => row.id === input.doctorId)
      if (!doctor) throw new AppError('NOT_FOUND', 'No such doctor at your hospital')
      return doctor
    }),

  /** Takes an image off the hospital's profile (upload new ones with POST /uploads/hospital-image). */
  removeImage: hospitalStaffProcedure
    .meta({ scope: 'hospital:write' })
    .input(ZRemoveHospitalImageInput)
    .output(ZHospitalImages)
    .mutation(async ({ ctx, input }) => ({
      images: await removeHospitalImage(
        ctx.db,
        actorOf(ctx),
        ctx.hospitalId,
        input.url,
        ctx.services.config.uploadsDir,
      ),
    })),

  /** The same images in a new order; the first is the cover. */
  reorderImages: hospitalStaffProcedure
    .meta({ scope: 'hospital:write' })
    .input(ZReorderHospitalImagesInput)
    .output(ZHospitalImages)
    .mutation(async ({ ctx, input }) => ({
      images: await reorderHospitalImages(ctx.db, actorOf(ctx), ctx.hospitalId, input.urls),
    })),
})
