import {
  ZAmendRecordInput,
  ZCursorPageInput,
  ZDiagnosisOption,
  ZDiagnosisSearchInput,
  ZMedicalRecord,
  ZMyRecordsInput,
  ZPatientChart,
  ZPatientChartInput,
  ZRecordAccessPage,
  ZRecordExistence,
  ZRecordForAppointmentInput,
  ZRecordHistory,
  ZRecordIdInput,
  ZRecordSummaryPage,
  ZSaveRecordDraftInput,
} from '@medbook/contracts'
import { z } from 'zod'
import { dispatchNotifications } from '../appointments/notify.js'
import { actorOf } from '../auth/actor.js'
import { doctorProcedure, patientProcedure, roleProcedure } from '../procedures.js'
import { router } from '../trpc.js'
import { patientChart } from './chart-service.js'
import {
  myRecords,
  readRecord,
  recordAccessLog,
  recordHistory,
  recordOfVisit,
  searchDiagnoses,
} from './read-service.js'
import { amendRecord, saveRecordDraft, shareRecord } from './write-service.js'

/** Clinical content: the hospital's doctors and the patient it is shared with; never staff or admins. */
const clinicalReader = roleProcedure('doctor', 'patient')

export const medicalRecordsRouter = router({
  /** A record with its clinical content (the read is logged). */
  get: clinicalReader
    .meta({ scope: 'records:read' })
    .input(ZRecordIdInput)
    .output(ZMedicalRecord)
    .query(({ ctx, input }) => readRecord(ctx.db, ctx.auth, actorOf(ctx), input.id)),

  /** The versions a shared record had before each amendment. */
  history: clinicalReader
    .meta({ scope: 'records:read' })
    .input(ZRecordIdInput)
    .output(ZRecordHistory)
    .query(({ ctx, input }) => recordHistory(ctx.db, ctx.auth, actorOf(ctx), input.id)),

  /** The patient's shared records, of themselves and their family, newest first. */
  mine: patientProcedure
    .meta({ scope: 'records:read' })
    .input(ZMyRecordsInput)
    .output(ZRecordSummaryPage)
    .query(({ ctx, input }) => myRecords(ctx.db, ctx.patientId, input)),

  /** Who read or wrote the patient's clinical content, newest first. */
  accessLog: patientProcedure
    .meta({ scope: 'records:read' })
    .input(ZCursorPageInput)
    .output(ZRecordAccessPage)
    .query(({ ctx, input }) => recordAccessLog(ctx.db, { patientId: ctx.patientId, userId: ctx.auth.user.id }, input)),

  /** Whether a visit has a record: for the hospital's doctors and staff, without its content. */
  forAppointment: roleProcedure('doctor', 'hospital')
    .input(ZRecordForAppointmentInput)
    .output(ZRecordExistence)
    .query(({ ctx, input }) => recordOfVisit(ctx.db, ctx.auth, input.appointmentId)),

  /** The treating doctor's draft, saved as they write. */
  saveDraft: doctorProcedure
    .input(ZSaveRecordDraftInput)
    .output(ZMedicalRecord)
    .mutation(({ ctx, input }) => saveRecordDraft(ctx.db, ctx.auth, actorOf(ctx), input, ctx.services.clock.now())),

  share: doctorProcedure
    .input(ZRecordIdInput)
    .output(ZMedicalRecord)
    .mutation(async ({ ctx, input }) => {
      const { record, notificationIds } = await shareRecord(
        ctx.db,
        ctx.auth,
        actorOf(ctx),
        input.id,
        ctx.services.clock.now(),
      )
      await dispatchNotifications(ctx.db, ctx.services, notificationIds)
      return record
    }),

  amend: doctorProcedure
    .input(ZAmendRecordInput)
    .output(ZMedicalRecord)
    .mutation(async ({ ctx, input }) => {
      const { record, notificationIds } = await amendRecord(
        ctx.db,
        ctx.auth,
        { ...actorOf(ctx), userId: ctx.auth.user.id },
        input,
        ctx.services.clock.now(),
      )
      await dispatchNotifications(ctx.db, ctx.services, notificationIds)
      return record
    }),

  /** One of the hospital's patients: profile, visits and records here. */
  chart: doctorProcedure
    .input(ZPatientChartInput)
    .output(ZPatientChart)
    .query(({ ctx, input }) => patientChart(ctx.db, ctx.auth, actorOf(ctx), input, ctx.services.clock.now())),

  /** The ICD-10 catalogue MedBook ships, searched by code or name. */
  diagnoses: doctorProcedure
    .input(ZDiagnosisSearchInput)
    .output(z.array(ZDiagnosisOption))
    .query(({ input }) => searchDiagnoses(input.q)),
})
