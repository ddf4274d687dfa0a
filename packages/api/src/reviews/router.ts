import {
  ZCreateReviewInput,
  ZCursorPageInput,
  ZModerateReviewInput,
  ZModerationItem,
  ZModerationPage,
  ZModerationQueueInput,
  ZMyReview,
  ZMyReviewPage,
  ZPublishedReviews,
  ZPublishedReviewsInput,
  ZReportReviewInput,
  ZRespondToReviewInput,
  ZReview,
  ZReviewEligibility,
  ZReviewEligibilityInput,
  ZReviewIdInput,
} from '@medbook/contracts'
import { z } from 'zod'
import { dispatchNotifications } from '../appointments/notify.js'
import { actorOf } from '../auth/actor.js'
import { adminProcedure, authedProcedure, patientProcedure, publicProcedure, roleProcedure } from '../procedures.js'
import { router } from '../trpc.js'
import { markHelpful, myReviews, reportReview, respondToReview } from './community-service.js'
import { reviewEligibility } from './eligibility.js'
import { moderateReview, moderationQueue } from './moderation-service.js'
import { publishedReviews } from './published-service.js'
import { createReview } from './write-service.js'

const signedActor = (ctx: Parameters<typeof actorOf>[0] & { auth: { user: { id: string } } }) => ({
  ...actorOf(ctx),
  userId: ctx.auth.user.id,
})

export const reviewsRouter = router({
  /** A doctor's or a hospital's published reviews with the rating summary; anyone may read them. */
  published: publicProcedure
    .input(ZPublishedReviewsInput)
    .output(ZPublishedReviews)
    .query(({ ctx, input }) => publishedReviews(ctx.db, input, ctx.auth?.user.id ?? null)),

  /** Whether the patient can still review each side of a visit, or what they wrote. */
  eligibility: patientProcedure
    .meta({ scope: 'appointments:read' })
    .input(ZReviewEligibilityInput)
    .output(ZReviewEligibility)
    .query(({ ctx, input }) => reviewEligibility(ctx.db, ctx.patientId, input.appointmentId, ctx.services.clock.now())),

  create: patientProcedure
    .input(ZCreateReviewInput)
    .output(ZMyReview)
    .mutation(({ ctx, input }) => createReview(ctx.db, actorOf(ctx), ctx.patientId, input, ctx.services.clock.now())),

  mine: patientProcedure
    .input(ZCursorPageInput)
    .output(ZMyReviewPage)
    .query(({ ctx, input }) => myReviews(ctx.db, ctx.patientId, input)),

  /** Any signed-in reader reports a published review; it returns to the moderation queue. */
  report: authedProcedure
    .input(ZReportReviewInput)
    .output(z.object({ reported: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await reportReview(ctx.db, signedActor(ctx), input)
      return { reported: true as const }
    }),

  markHelpful: authedProcedure
    .input(ZReviewIdInput.extend({ helpful: z.boolean() }))
    .output(ZReview)
    .mutation(({ ctx, input }) => markHelpful(ctx.db, ctx.auth.user.id, input)),

  /** The reviewed doctor, or the staff of the hospital concerned, reply once and may edit it. */
  respond: roleProcedure('doctor', 'hospital')
    .input(ZRespondToReviewInput)
    .output(ZReview)
    .mutation(async ({ ctx, input }) => {
      const { review, notificationIds } = await respondToReview(
        ctx.db,
        ctx.auth,
        signedActor(ctx),
        input,
        ctx.services.clock.now(),
      )
      await dispatchNotifications(ctx.db, ctx.services, notificationIds)
      return review
    }),

  queue: adminProcedure
    .input(ZModerationQueueInput)
    .output(ZModerationPage)
    .query(({ ctx, input }) => moderationQueue(ctx.db, input)),

  moderate: adminProcedure
    .input(ZModerateReviewInput)
    .output(ZModerationItem)
    .mutation(async ({ ctx, input }) => {
      const { item, notificationIds } = await moderateReview(ctx.db, signedActor(ctx), input, ctx.services.clock.now())
      await dispatchNotifications(ctx.db, ctx.services, notificationIds)
      return item
    }),
})
