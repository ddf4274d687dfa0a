import {
  ZCheckPromotionInput,
  ZCreatePromotionInput,
  ZListPromotionsInput,
  ZPromotion,
  ZPromotionCheck,
  ZPromotionIdInput,
  ZPromotionPage,
  ZPromotionUsePage,
  ZPromotionUsesInput,
  ZSetPromotionStatusInput,
  ZUpdatePromotionInput,
} from '@medbook/contracts'
import { actorOf } from '../auth/actor.js'
import { adminProcedure, patientProcedure } from '../procedures.js'
import { router } from '../trpc.js'
import {
  createPromotion,
  getPromotion,
  listPromotions,
  listPromotionUses,
  setPromotionStatus,
  updatePromotion,
} from './admin-service.js'
import { checkPromotion } from './check-service.js'

export const promotionsRouter = router({
  list: adminProcedure
    .input(ZListPromotionsInput)
    .output(ZPromotionPage)
    .query(({ ctx, input }) => listPromotions(ctx.db, input, ctx.services.clock.now())),

  get: adminProcedure
    .input(ZPromotionIdInput)
    .output(ZPromotion)
    .query(({ ctx, input }) => getPromotion(ctx.db, input.id, ctx.services.clock.now())),

  create: adminProcedure
    .input(ZCreatePromotionInput)
    .output(ZPromotion)
    .mutation(({ ctx, input }) =>
      createPromotion(ctx.db, { ...actorOf(ctx), userId: ctx.auth.user.id }, input, ctx.services.clock.now()),
    ),

  update: adminProcedure
    .input(ZUpdatePromotionInput)
    .output(ZPromotion)
    .mutation(({ ctx, input }) => updatePromotion(ctx.db, actorOf(ctx), input, ctx.services.clock.now())),

  /** Disables a code at once, or re-enables it before its end date. */
  setStatus: adminProcedure
    .input(ZSetPromotionStatusInput)
    .output(ZPromotion)
    .mutation(({ ctx, input }) => setPromotionStatus(ctx.db, actorOf(ctx), input, ctx.services.clock.now())),

  /** Who used a code: the bookings it was redeemed on, newest first. */
  uses: adminProcedure
    .input(ZPromotionUsesInput)
    .output(ZPromotionUsePage)
    .query(({ ctx, input }) => listPromotionUses(ctx.db, input)),

  /** A patient tries a code on a visit before booking: priced by the server, no use taken. */
  check: patientProcedure
    .meta({ scope: 'appointments:read' })
    .input(ZCheckPromotionInput)
    .output(ZPromotionCheck)
    .query(({ ctx, input }) => checkPromotion(ctx.db, ctx.patientId, input, ctx.services.clock.now())),
})
