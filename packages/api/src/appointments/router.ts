import {
  ZAppointment,
  ZBookAppointmentInput,
  ZCancelInput,
  ZIdInput,
  ZMyAppointmentsInput,
  ZMyAppointmentsOutput,
  ZRescheduleInput,
  ZWalkInInput,
} from '@medbook/contracts'
import { logActivity } from '../audit/log-activity.js'
import { actorOf } from '../auth/actor.js'
import { decodeKeysetCursor, encodeKeysetCursor } from '../pagination.js'
import { authedProcedure, hospitalStaffProcedure, patientProcedure, roleProcedure } from '../procedures.js'
import { router } from '../trpc.js'
import { offerFreedSlot } from '../waitlist/offers.js'
import { bookAppointment } from './booking-service.js'
import { cancelAppointment, findVisibleAppointment, recordOutcome, rescheduleAppointment } from './change-service.js'
import { notifyPatient } from './notify.js'
import { appointmentSelect, toAppointment } from './present.js'
import { upcomingWhere } from './upcoming.js'
import { bookWalkIn } from './walk-in-service.js'

const careTeamProcedure = roleProcedure('doctor', 'hospital')

export const appointmentsRouter = router({
  book: patientProcedure
    .meta({ scope: 'appointments:write' })
    .input(ZBookAppointmentInput)
    .output(ZAppointment)
    .mutation(async ({ ctx, input }) => {
      const { appointment, created } = await bookAppointment(ctx.db, {
        ...input,
        patientId: ctx.patientId,
        bookedById: ctx.auth.user.id,
      })
      if (created) {
        await logActivity(ctx.db, actorOf(ctx), 'book_appointment', { appointmentId: appointment.id })
        await notifyPatient(ctx.db, ctx.services, appointment, 'appointment_confirmation')
      }
      return toAppointment(appointment)
    }),

  /** The patient's appointments, their family's included, soonest first (upcoming) or latest first (past). */
  mine: patientProcedure
    .meta({ scope: 'appointments:read' })
    .input(ZMyAppointmentsInput)
    .output(ZMyAppointmentsOutput)
    .query(async ({ ctx, input }) => {
      const now = new Date()
      const after = input.cursor ? decodeKeysetCursor(input.cursor) : null
      const upcoming = input.when === 'upcoming'
      const afterStart = after?.startsAt && after.id ? new Date(after.startsAt) : null
      const rows = await ctx.db.appointment.findMany({
        where: {
          patientId: ctx.patientId,
          AND: [
            upcoming ? upcomingWhere(now) : { NOT: upcomingWhere(now) },
            ...(afterStart && after?.id
              ? [
                  {
                    OR: [
                      { startsAt: upcoming ? { gt: afterStart } : { lt: afterStart } },
                      { startsAt: afterStart, id: upcoming ? { gt: after.id } : { lt: after.id } },
                    ],
                  },
                ]
              : []),
          ],
        },
        orderBy: upcoming ? [{ startsAt: 'asc' }, { id: 'asc' }] : [{ startsAt: 'desc' }, { id: 'desc' }],
        take: input.limit + 1,
        select: appointmentSelect,
      })
      const page = rows.slice(0, input.limit)
      const last = page.at(-1)
      return {
        items: page.map(toAppointment),
        nextCursor:
          rows.length > input.limit && last
            ? encodeKeysetCursor({ startsAt: last.startsAt.toISOString(), id: last.id })
            : null,
      }
    }),

  get: authedProcedure
    .meta({ scope: 'appointments:read' })
    .input(ZIdInput)
    .output(ZAppointment)
    .query(async ({ ctx, input }) => toAppointment(await findVisibleAppointment(ctx.db, ctx.auth, input.id))),

  reschedule: patientProcedure
    .meta({ scope: 'appointments:write' })
    .input(ZRescheduleInput)
    .output(ZAppointment)
    .mutation(async ({ ctx, input }) => {
      const { appointment, created } = await rescheduleAppointment(ctx.db, ctx.auth, input)
      if (created) {
        await logActivity(ctx.db, actorOf(ctx), 'reschedule_appointment', {
          appointmentId: appointment.id,
          from: input.appointmentId,
        })
        await notifyPatient(ctx.db, ctx.services, appointment, 'appointment_rescheduled')
        const old = await ctx.db.appointment.findUniqueOrThrow({ where: { id: input.appointmentId } })
        await offerFreedSlot(ctx.db, ctx.services, old.doctorId, old.startsAt)
      }
      return toAppointment(appointment)
    }),

  cancel: authedProcedure
    .meta({ scope: 'appointments:write' })
    .input(ZCancelInput)
    .output(ZAppointment)
    .mutation(async ({ ctx, input }) => {
      const row = await cancelAppointment(ctx.db, ctx.auth, input.appointmentId, input.reason)
      await logActivity(ctx.db, actorOf(ctx), 'cancel_appointment', { appointmentId: row.id, reason: input.reason })
      await notifyPatient(ctx.db, ctx.services, row, 'appointment_cancelled', input.reason)
      await offerFreedSlot(ctx.db, ctx.services, row.doctorId, row.startsAt)
      return toAppointment(row)
    }),

  /** Hospital staff book a patient who walked in (found or registered by phone number). */
  bookWalkIn: hospitalStaffProcedure
    .input(ZWalkInInput)
    .output(ZAppointment)
    .mutation(async ({ ctx, input }) => {
      const { appointment, created } = await bookWalkIn(ctx.db, ctx.auth, input)
      if (created) {
        await logActivity(ctx.db, actorOf(ctx), 'book_appointment', { appointmentId: appointment.id, walkIn: true })
        await notifyPatient(ctx.db, ctx.services, appointment, 'appointment_confirmation')
      }
      return toAppointment(appointment)
    }),

  markCompleted: careTeamProcedure
    .input(ZIdInput)
    .output(ZAppointment)
    .mutation(async ({ ctx, input }) => toAppointment(await recordOutcome(ctx.db, ctx.auth, input.id, 'completed'))),

  markNoShow: careTeamProcedure
    .input(ZIdInput)
    .output(ZAppointment)
    .mutation(async ({ ctx, input }) => toAppointment(await recordOutcome(ctx.db, ctx.auth, input.id, 'no_show'))),
})
