import { z } from 'zod'
import { ZReviewStatus, ZReviewTargetType } from './enums.js'
import { ZInstant } from './json-shapes.js'
import { ZCursorPageInput, ZPage } from './pagination.js'

/** The longest comment or reply (reviews_text_check). */
export const MAX_REVIEW_TEXT = 2000
/** The longest moderation or report reason (reviews_text_check, review_reports_reason_check). */
export const MAX_REVIEW_REASON = 500

const ZId = z.string().uuid()
const ZReviewText = z.string().trim().min(1, 'required').max(MAX_REVIEW_TEXT, 'too_long')
const ZReason = z.string().trim().min(3, 'reason_required').max(MAX_REVIEW_REASON, 'too_long')

export const ZCreateReviewInput = z.object({
  appointmentId: ZId,
  targetType: ZReviewTargetType,
  rating: z.number().int('whole_number').min(1, 'too_small').max(5, 'too_big'),
  /** optional: a rating alone is a review too */
  comment: z
    .string()
    .trim()
    .max(MAX_REVIEW_TEXT, 'too_long')
    .optional()
    .transform((text) => (text ? text : undefined)),
})

export const ZReviewIdInput = z.object({ id: ZId })

export const ZPublishedReviewsInput = ZCursorPageInput.extend({
  targetType: ZReviewTargetType,
  /** the doctor's or the hospital's id */
  targetId: ZId,
  sort: z.enum(['newest', 'helpful']).default('newest'),
  limit: z.number().int().min(1).max(50).default(10),
})

export const ZModerationQueueInput = ZCursorPageInput.extend({
  /** "pending": awaiting a first decision; "reported": published with an open report */
  queue: z.enum(['pending', 'reported']).default('pending'),
})

export const ZModerateReviewInput = z.discriminatedUnion('decision', [
  z.object({ id: ZId, decision: z.literal('approve') }),
  /** a published review whose reports were looked at and found fine */
  z.object({ id: ZId, decision: z.literal('keep') }),
  z.object({ id: ZId, decision: z.literal('reject'), reason: ZReason }),
  z.object({ id: ZId, decision: z.literal('remove'), reason: ZReason }),
])

export const ZReportReviewInput = z.object({ id: ZId, reason: ZReason })
export const ZRespondToReviewInput = z.object({ id: ZId, text: ZReviewText })
export const ZReviewEligibilityInput = z.object({ appointmentId: ZId })

export const ZReviewResponse = z.object({
  text: z.string(),
  respondedAt: ZInstant,
  /** the doctor's name, or the hospital's for its staff */
  responderName: z.string(),
})

/** A published review as anyone reads it: the author shown by first name and initial. */
export const ZReview = z.object({
  id: ZId,
  targetType: ZReviewTargetType,
  targetId: ZId,
  targetName: z.string(),
  rating: z.number().int().min(1).max(5),
  comment: z.string().nullable(),
  authorName: z.string(),
  /** the month of the visit, YYYY-MM: always a completed visit */
  visitMonth: z.string(),
  createdAt: ZInstant,
  helpfulCount: z.number().int().min(0),
  /** whether the signed-in reader has marked it helpful */
  markedHelpful: z.boolean(),
  response: ZReviewResponse.nullable(),
})
export type TReview = z.infer<typeof ZReview>

/** The author's own view: where moderation stands and why. */
export const ZMyReview = ZReview.extend({
  appointmentId: ZId,
  status: ZReviewStatus,
  moderationReason: z.string().nullable(),
})
export type TMyReview = z.infer<typeof ZMyReview>

export const ZModerationItem = ZMyReview.extend({
  patientName: z.string(),
  hospitalName: z.string(),
  reports: z.array(z.object({ reason: z.string(), createdAt: ZInstant })),
})
export type TModerationItem = z.infer<typeof ZModerationItem>

export const ZRatingSummary = z.object({
  average: z.number().min(0).max(5),
  count: z.number().int().min(0),
  /** how many published reviews gave 1…5 stars, index 0 is 1 star */
  distribution: z.array(z.number().int().min(0)).length(5),
})
export type TRatingSummary = z.infer<typeof ZRatingSummary>

export const ZPublishedReviews = ZPage(ZReview).extend({ summary: ZRatingSummary })
export const ZMyReviewPage = ZPage(ZMyReview)
export const ZModerationPage = ZPage(ZModerationItem)

/** Whether the patient may review each side of a visit, or the review they already wrote. */
export const ZReviewEligibility = z.object({
  /** the last moment a review is taken; null while the visit is not completed */
  closesAt: ZInstant.nullable(),
  targets: z.array(
    z.object({
      targetType: ZReviewTargetType,
      targetId: ZId,
      targetName: z.string(),
      state: z.enum(['open', 'reviewed', 'not_completed', 'closed']),
      review: ZMyReview.nullable(),
    }),
  ),
})
export type TReviewEligibility = z.infer<typeof ZReviewEligibility>
