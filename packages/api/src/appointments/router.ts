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
import { actorOf } from '../auth/actor.js'
import { decodeKeysetCursor, encodeKeysetCursor } from '../pagination.js'
import { executeRefunds } from '../payments/refund-executor.js'
import { authedProcedure, hospitalStaffProcedure, patientProcedure, roleProcedure } from '../procedures.js'
import { router } from '../trpc.js'
import { offerFreedSlot } from '../waitlist/offers.js'
import { bookAppointment } from './booking-service.js'
import { cancelAppointment, findVisibleAppointment, recordOutcome, rescheduleAppointment } from './change-service.js'
import { idempotencyOf } from './idempotency.js'
import { findMyAppointments } from './mine-sql.js'
import { dispatchNotifications } from './notify.js'
import { toAppointment } from './present.js'
import { bookWalkIn } from './walk-in-service.js'

const careTeamProcedure = roleProcedure('doctor', 'hospital')

export const appointmentsRouter = router({
  book: patientProcedure
    .meta({ scope: 'appointments:write' })
    .input(ZBookAppointmentInput)
    .output(ZAppointment)
    .mutation(async ({ ctx, input }) => {
      const { appointment, notificationIds } = await bookAppointment(
        ctx.db,
        {
          ...input,
          patient: { id: ctx.patientId },
          bookedById: ctx.auth.user.id,
          actor: actorOf(ctx),
          idempotency: idempotencyOf(input.idempotencyKey, [
            'book',
            ctx.patientId,
            input.familyMemberId ?? null,
            input.doctorId,
            input.startsAt.toISOString(),
            input.type,
            input.reasonForVisit ?? null,
            input.symptoms,
            input.hospitalServiceIds,
            input.promotionCode ?? null,
          ]),
        },
        ctx.services.clock.now(),
      )
      await dispatchNotifications(ctx.db, ctx.services, notificationIds)
      return toAppointment(appointment)
    }),

  /** The patient's appointments, their family's included, soonest first (upcoming) or latest first (past). */
  mine: patientProcedure
    .meta({ scope: 'appointments:read' })
    .input(ZMyAppointmentsInput)
    .output(ZMyAppointmentsOutput)
    .query(async ({ ctx, input }) => {
      const now = ctx.services.clock.now()
      const after = input.cursor ? decodeKeysetCursor(input.cursor) : null
      const upcoming = input.when === 'upcoming'
      const afterStart = after?.startsAt && after.id ? new Date(after.startsAt) : null
      const rows = await findMyAppointments(ctx.db, {
        patientId: ctx.patientId,
        upcoming,
        now,
        after: afterStart && after?.id ? { startsAt: afterStart, id: after.id } : null,
        take: input.limit + 1,
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
      const now = ctx.services.clock.now()
      const { appointment, created, notificationIds } = await rescheduleAppointment(
        ctx.db,
        ctx.auth,
        actorOf(ctx),
        input,
        now,
      )
      await dispatchNotifications(ctx.db, ctx.services, notificationIds)
      if (created) {
        const old = await ctx.db.appointment.findUniqueOrThrow({ where: { id: input.appointmentId } })
        await offerFreedSlot(ctx.db, ctx.services, old.doctorId, old.startsAt, now)
      }
      return toAppointment(appointment)
    }),

  cancel: authedProcedure
    .meta({ scope: 'appointments:write' })
    .input(ZCancelInput)
    .output(ZAppointment)
    .mutation(async ({ ctx, input }) => {
      const now = ctx.services.clock.now()
      const { appointment, notificationIds, refundIds } = await cancelAppointment(
        ctx.db,
        ctx.auth,
        actorOf(ctx),
        input,
        now,
      )
      await dispatchNotifications(ctx.db, ctx.services, notificationIds)
      await executeRefunds(ctx.db, ctx.services, refundIds, now)
      await offerFreedSlot(ctx.db, ctx.services, appointment.doctorId, appointment.startsAt, now)
      return toAppointment(appointment)
    }),

  /** Hospital staff book a patient who walked in (found or registered by phone number). */
  bookWalkIn: hospitalStaffProcedure
    .input(ZWalkInInput)
    .output(ZAppointment)
    .mutation(async ({ ctx, input }) => {
      const { appointment, notificationIds } = await bookWalkIn(
        ctx.db,
        ctx.auth,
        actorOf(ctx),
        input,
        ctx.services.clock.now(),
      )
      await dispatchNotifications(ctx.db, ctx.services, notificationIds)
      return toAppointment(appointment)
    }),

  markCompleted: careTeamProcedure
    .input(ZIdInput)
    .output(ZAppointment)
    .mutation(async ({ ctx, input }) => {
      const { appointment, notificationIds } = await recordOutcome(
        ctx.db,
        ctx.auth,
        input.id,
        'completed',
        ctx.services.clock.now(),
      )
      await dispatchNotifications(ctx.db, ctx.services, notificationIds)
      return toAppointment(appointment)
    }),

  markNoShow: careTeamProcedure
    .input(ZIdInput)
    .output(ZAppointment)
    .mutation(async ({ ctx, input }) => {
      const { appointment, notificationIds } = await recordOutcome(
        ctx.db,
        ctx.auth,
        input.id,
        'no_show',
        ctx.services.clock.now(),
      )
      await dispatchNotifications(ctx.db, ctx.services, notificationIds)
      return toAppointment(appointment)
    }),
})
