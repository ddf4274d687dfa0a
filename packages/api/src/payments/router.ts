import {
  ZFilteredPaymentTotals,
  ZHospitalPaymentsInput,
  ZIdInput,
  ZMyPaymentsInput,
  ZPayment,
  ZPaymentPage,
  ZPlatformPaymentsInput,
  ZPlatformPaymentsOverview,
  ZQuote,
  ZQuoteInput,
  ZRecordDeskPaymentInput,
  ZRefundInput,
  ZRefundPreview,
  ZRefundPreviewInput,
  ZStartedPayment,
  ZStartPaymentInput,
  ZStatementImportInput,
  ZStatementImportResult,
} from '@medbook/contracts'
import type { PrismaClient } from '@medbook/db'
import { z } from 'zod'
import { findVisibleAppointment } from '../appointments/change-service.js'
import { idempotencyOf } from '../appointments/idempotency.js'
import { dispatchNotifications } from '../appointments/notify.js'
import { actorOf } from '../auth/actor.js'
import type { Auth } from '../context.js'
import {
  adminProcedure,
  authedProcedure,
  hospitalStaffProcedure,
  patientProcedure,
  roleProcedure,
} from '../procedures.js'
import { router } from '../trpc.js'
import { findVisiblePayment } from './access.js'
import { previewCancellationRefund } from './cancellation.js'
import { confirmTransfer, recordDeskPayment } from './desk-service.js'
import { DEFAULT_ZONE, listPayments, paymentsWhere, paymentTotals } from './list-service.js'
import { platformOverview } from './overview-service.js'
import { paymentSelect, toPayment } from './present.js'
import { quoteVisit } from './quote-service.js'
import { executeRefunds } from './refund-executor.js'
import { completeManualRefund, refundByStaff } from './staff-refund-service.js'
import { startPayment } from './start-service.js'
import { importStatement } from './statement-service.js'

const CANCELLED_BY = { patient: 'patient', doctor: 'doctor', hospital: 'hospital', admin: 'system' } as const

const moneyDeskProcedure = roleProcedure('hospital', 'admin')

/** The zone a staff member's date filters are days of: their hospital's; an admin's, Vietnam's. */
async function zoneOf(ctx: { db: PrismaClient; auth: Auth }): Promise<string> {
  const hospitalId = ctx.auth.user.hospitalId
  if (!hospitalId) return DEFAULT_ZONE
  const hospital = await ctx.db.hospital.findUnique({ where: { id: hospitalId }, select: { timeZone: true } })
  return hospital?.timeZone ?? DEFAULT_ZONE
}

export const paymentsRouter = router({
  /** What a visit would cost: the consultation, chosen services, a promotion code's discount. */
  quote: patientProcedure
    .meta({ scope: 'appointments:read' })
    .input(ZQuoteInput)
    .output(ZQuote)
    .query(({ ctx, input }) =>
      quoteVisit(ctx.db, { ...input, patientId: ctx.patientId, now: ctx.services.clock.now() }),
    ),

  /** A checkout link (VNPay, MoMo) or transfer instructions (VietQR) for the patient's unpaid visit. */
  start: patientProcedure
    .meta({ scope: 'payments:write' })
    .input(ZStartPaymentInput)
    .output(ZStartedPayment)
    .mutation(({ ctx, input }) =>
      startPayment(ctx.db, ctx.services, {
        ...input,
        patientId: ctx.patientId,
        clientIp: ctx.ipAddress ?? '127.0.0.1',
        appOrigin: ctx.appOrigin,
        actor: actorOf(ctx),
        now: ctx.services.clock.now(),
      }),
    ),

  get: authedProcedure
    .meta({ scope: 'payments:read' })
    .input(ZIdInput)
    .output(ZPayment)
    .query(async ({ ctx, input }) => toPayment(await findVisiblePayment(ctx.db, ctx.auth, input.id))),

  /** The patient's payments (their family's visits included), newest first. */
  mine: patientProcedure
    .meta({ scope: 'payments:read' })
    .input(ZMyPaymentsInput)
    .output(ZPaymentPage)
    .query(({ ctx, input }) => listPayments(ctx.db, { patientId: ctx.patientId }, input)),

  /** What cancelling now would give back, by the written policy. */
  refundPreview: authedProcedure
    .meta({ scope: 'payments:read' })
    .input(ZRefundPreviewInput)
    .output(ZRefundPreview)
    .query(async ({ ctx, input }) => {
      const appointment = await findVisibleAppointment(ctx.db, ctx.auth, input.appointmentId)
      return previewCancellationRefund(ctx.db, {
        appointmentId: appointment.id,
        startsAt: appointment.startsAt,
        by: CANCELLED_BY[ctx.auth.user.role],
        now: ctx.services.clock.now(),
      })
    }),

  /** Staff: their hospital's payments; admins: every hospital's (or one). */
  list: moneyDeskProcedure
    .meta({ scope: 'payments:read' })
    .input(ZHospitalPaymentsInput.extend({ hospitalId: z.string().uuid().optional() }))
    .output(ZPaymentPage)
    .query(async ({ ctx, input }) => {
      return listPayments(ctx.db, paymentsWhere(ctx.auth, input, await zoneOf(ctx)), input)
    }),

  /** Count and sums of every payment the list's filters match (staff: their hospital; admins: all or one). */
  totals: moneyDeskProcedure
    .meta({ scope: 'payments:read' })
    .input(
      ZHospitalPaymentsInput.omit({ cursor: true, limit: true }).extend({ hospitalId: z.string().uuid().optional() }),
    )
    .output(ZFilteredPaymentTotals)
    .query(async ({ ctx, input }) => {
      return paymentTotals(ctx.db, paymentsWhere(ctx.auth, input, await zoneOf(ctx)))
    }),

  recordDesk: hospitalStaffProcedure
    .meta({ scope: 'payments:write' })
    .input(ZRecordDeskPaymentInput)
    .output(ZPayment)
    .mutation(async ({ ctx, input }) => {
      const { payment, notificationIds } = await recordDeskPayment(ctx.db, {
        ...input,
        hospitalId: ctx.hospitalId,
        staffUserId: ctx.auth.user.id,
        actor: actorOf(ctx),
        now: ctx.services.clock.now(),
      })
      await dispatchNotifications(ctx.db, ctx.services, notificationIds)
      return toPayment(payment)
    }),

  confirmTransfer: moneyDeskProcedure
    .meta({ scope: 'payments:write' })
    .input(ZIdInput.extend({ bankReference: z.string().trim().min(1).max(64).optional() }))
    .output(ZPayment)
    .mutation(async ({ ctx, input }) => {
      const now = ctx.services.clock.now()
      const result = await confirmTransfer(
        ctx.db,
        ctx.auth,
        actorOf(ctx),
        { paymentId: input.id, bankReference: input.bankReference ?? null },
        now,
      )
      await dispatchNotifications(ctx.db, ctx.services, result.notificationIds)
      await executeRefunds(ctx.db, ctx.services, result.refundIds, now)
      return toPayment(await ctx.db.payment.findUniqueOrThrow({ where: { id: input.id }, select: paymentSelect }))
    }),

  /** A bank statement (CSV): transfers whose content names a pending payment and whose amount matches are confirmed. */
  importStatement: moneyDeskProcedure
    .meta({ scope: 'payments:write' })
    .input(ZStatementImportInput)
    .output(ZStatementImportResult)
    .mutation(({ ctx, input }) =>
      importStatement(ctx.db, ctx.services, ctx.auth, actorOf(ctx), input.csv, ctx.services.clock.now()),
    ),

  /** Staff give money back with a reason, within what was paid less earlier refunds. */
  refund: hospitalStaffProcedure
    .meta({ scope: 'payments:write' })
    .input(ZRefundInput)
    .output(ZPayment)
    .mutation(({ ctx, input }) =>
      refundByStaff(ctx.db, ctx.services, ctx.auth, actorOf(ctx), {
        ...input,
        idempotency: idempotencyOf(input.idempotencyKey, ['refund', input.paymentId, input.amount, input.reason]),
        now: ctx.services.clock.now(),
      }),
    ),

  /** Staff confirm they handed back money that cannot go through a gateway (cash, card at the desk, transfer). */
  completeManualRefund: hospitalStaffProcedure
    .meta({ scope: 'payments:write' })
    .input(ZIdInput)
    .output(ZPayment)
    .mutation(({ ctx, input }) =>
      completeManualRefund(ctx.db, ctx.services, ctx.auth, input.id, ctx.services.clock.now()),
    ),

  platformOverview: adminProcedure
    .meta({ scope: 'payments:read' })
    .input(ZPlatformPaymentsInput)
    .output(ZPlatformPaymentsOverview)
    .query(({ ctx, input }) => platformOverview(ctx.db, input, ctx.services.clock.now())),
})
