import type { TModerationItem, TReviewStatus, ZModerateReviewInput, ZModerationQueueInput } from '@medbook/contracts'
import type { Prisma, PrismaClient } from '@medbook/db'
import type { z } from 'zod'
import { type ActivityActor, logActivity } from '../audit/log-activity.js'
import { AppError } from '../errors.js'
import { decodeInstantCursor, encodeKeysetCursor } from '../pagination.js'
import { recordReviewNotification } from './notify.js'
import { reviewSelect, toModerationItem } from './present.js'
import { lockTarget, refreshRating, targetOf } from './ratings.js'

type Decision = z.output<typeof ZModerateReviewInput>

/** Where each decision may be taken from, and where it leaves the review. */
const MOVES: Record<Decision['decision'], { from: TReviewStatus; to: TReviewStatus }> = {
  approve: { from: 'pending', to: 'approved' },
  reject: { from: 'pending', to: 'rejected' },
  keep: { from: 'approved', to: 'approved' },
  remove: { from: 'approved', to: 'removed' },
}

const AUTHOR_MESSAGES: Record<Exclude<Decision['decision'], 'keep'>, string> = {
  approve: 'Đánh giá của bạn đã được đăng. / Your review is published.',
  reject: 'Đánh giá của bạn không được đăng. / Your review was not published.',
  remove: 'Đánh giá của bạn đã bị gỡ. / Your review was taken down.',
}

const moderationSelect = {
  ...reviewSelect,
  reports: { where: { resolvedAt: null }, select: { reason: true, createdAt: true }, orderBy: { createdAt: 'asc' } },
  appointment: { select: { appointmentDate: true, hospital: { select: { name: true } } } },
} as const satisfies Prisma.ReviewSelect

/**
 * An administrator decides on a review: approve or reject one awaiting moderation (a rejection
 * says why), keep or remove a published one that was reported. Open reports are closed by the
 * decision; the rating moves in the same transaction; the author is told.
 */
export async function moderateReview(
  db: PrismaClient,
  actor: ActivityActor & { userId: string },
  decision: Decision,
  now: Date,
): Promise<{ item: TModerationItem; notificationIds: string[] }> {
  const current = await db.review.findUnique({
    where: { id: decision.id },
    select: { status: true, targetType: true, doctorId: true, hospitalId: true },
  })
  if (!current) throw new AppError('NOT_FOUND', 'No such review')
  const move = MOVES[decision.decision]
  if (current.status !== move.from) {
    throw new AppError('CONFLICT', `This review is ${current.status}; it cannot be ${decision.decision}d`, {
      reason: 'wrong_state',
      status: current.status,
    })
  }
  const target = targetOf(current)
  const reason = 'reason' in decision ? decision.reason : null
  return db.$transaction(async (tx) => {
    await lockTarget(tx, target)
    const { count } = await tx.review.updateMany({
      where: { id: decision.id, status: move.from },
      data: {
        status: move.to,
        isApproved: move.to === 'approved',
        ...(decision.decision === 'keep'
          ? {}
          : { moderationReason: reason, moderatedById: actor.userId, moderatedAt: now }),
      },
    })
    if (count === 0) throw new AppError('CONFLICT', 'Someone decided on this review meanwhile; reload the queue')
    await tx.reviewReport.updateMany({
      where: { reviewId: decision.id, resolvedAt: null },
      data: { resolvedAt: now, resolvedById: actor.userId },
    })
    if (move.from !== move.to) await refreshRating(tx, target)
    const row = await tx.review.findUniqueOrThrow({ where: { id: decision.id }, select: moderationSelect })
    const notificationIds =
      decision.decision === 'keep'
        ? []
        : [
            await recordReviewNotification(tx, {
              patientId: row.patientId,
              kind: 'review_moderated',
              message: [AUTHOR_MESSAGES[decision.decision], reason].filter(Boolean).join(' '),
              relatedTo: { type: 'review', id: row.id },
            }),
          ]
    await logActivity(tx, actor, 'moderate_review', {
      reviewId: row.id,
      decision: decision.decision,
      ...(reason ? { reason } : {}),
    })
    return { item: toModerationItem(row, row.appointment.hospital.name), notificationIds }
  })
}

/**
 * The moderation queue: reviews awaiting a first decision, oldest first; or published reviews
 * someone reported, by their oldest open report.
 */
export async function moderationQueue(
  db: PrismaClient,
  input: z.output<typeof ZModerationQueueInput>,
): Promise<{ items: TModerationItem[]; nextCursor: string | null }> {
  const after = input.cursor ? decodeInstantCursor(input.cursor) : null
  const where: Prisma.ReviewWhereInput =
    input.queue === 'pending' ? { status: 'pending' } : { status: 'approved', reports: { some: { resolvedAt: null } } }
  const rows = await db.review.findMany({
    where: {
      ...where,
      ...(after
        ? {
            OR: [{ createdAt: { gt: after.at } }, { createdAt: after.at, id: { gt: after.id } }],
          }
        : {}),
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: input.limit + 1,
    select: moderationSelect,
  })
  const page = rows.slice(0, input.limit)
  const last = page.at(-1)
  return {
    items: page.map((row) => toModerationItem(row, row.appointment.hospital.name)),
    nextCursor:
      rows.length > input.limit && last
        ? encodeKeysetCursor({ createdAt: last.createdAt.toISOString(), id: last.id })
        : null,
  }
}
