import {
  ZDecideDoctorInput,
  ZDecideHospitalInput,
  ZIdInput,
  ZOk,
  ZVerificationDocument,
  ZVerificationDocumentsInput,
  ZVerificationQueue,
} from '@medbook/contracts'
import { z } from 'zod'
import { actorOf } from '../auth/actor.js'
import { adminProcedure, roleProcedure } from '../procedures.js'
import { router } from '../trpc.js'
import { deleteDocument, listDocuments, listMyDocuments } from './documents-service.js'
import { decideDoctor, decideHospital, pendingVerifications } from './service.js'

export const verificationRouter = router({
  queue: adminProcedure.output(ZVerificationQueue).query(({ ctx }) => pendingVerifications(ctx.db)),

  decideHospital: adminProcedure
    .input(ZDecideHospitalInput)
    .output(ZOk)
    .mutation(async ({ ctx, input }) => {
      await decideHospital(ctx.db, ctx.services, actorOf(ctx), input)
      return { ok: true as const }
    }),

  decideDoctor: adminProcedure
    .input(ZDecideDoctorInput)
    .output(ZOk)
    .mutation(async ({ ctx, input }) => {
      await decideDoctor(ctx.db, ctx.services, actorOf(ctx), input)
      return { ok: true as const }
    }),

  /** An applicant's uploaded documents: for admins, or for the doctor / hospital staff they belong to. */
  documents: roleProcedure('admin', 'doctor', 'hospital')
    .input(ZVerificationDocumentsInput)
    .output(z.array(ZVerificationDocument))
    .query(({ ctx, input }) => listDocuments(ctx.db, ctx.auth.user, input)),

  /** The caller's own documents: a doctor's, or their hospital's for staff. */
  myDocuments: roleProcedure('doctor', 'hospital')
    .output(z.array(ZVerificationDocument))
    .query(({ ctx }) => listMyDocuments(ctx.db, ctx.auth.user)),

  /** The owner removes a document while the application is pending. */
  deleteDocument: roleProcedure('doctor', 'hospital')
    .input(ZIdInput)
    .output(ZOk)
    .mutation(async ({ ctx, input }) => {
      await deleteDocument(ctx.db, actorOf(ctx), ctx.auth.user, input.id, ctx.services.config.privateFilesDir)
      return { ok: true as const }
    }),
})
