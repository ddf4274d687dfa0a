import type { TMyReview, TReview } from '@medbook/contracts'
import type { PrismaClient } from '@medbook/db'
import { type ActivityActor, logActivity } from '../audit/log-activity.js'
import type { Auth } from '../context.js'
import { isUniqueViolation } from '../db-errors.js'
import { AppError } from '../errors.js'
import { createdBefore, decodeInstantCursor, NOWHERE_ID, nextCreatedCursor } from '../pagination.js'
import { recordReviewNotification } from './notify.js'
import { reviewSelect, toMyReview, toReview } from './present.js'

async function findPublished(db: PrismaClient, id: string) {
  const review = await db.review.findFirst({
    where: { id, isApproved: true },
    select: { id: true, patientId: true, targetType: true, doctorId: true, hospitalId: true, responseText: true },
  })
  if (!review) throw new AppError('NOT_FOUND', 'No such review')
  return review
}

/**
 * Any signed-in reader reports a published review once; the report puts it back in the
 * moderation queue. Reporting again is answered like the first time.
 */
export async function reportReview(
  db: PrismaClient,
  actor: ActivityActor & { userId: string },
  input: { id: string; reason: string },
): Promise<void> {
  const review = await findPublished(db, input.id)
  try {
    await db.$transaction(async (tx) => {
      await tx.reviewReport.create({ data: { reviewId: review.id, reporterId: actor.userId, reason: input.reason } })
      await logActivity(tx, actor, 'report_review', { reviewId: review.id })
    })
  } catch (error) {
    if (!isUniqueViolation(error)) throw error
  }
}

/**
 * Who may reply: the reviewed doctor, and the staff of the hospital concerned (the doctor's
 * hospital for a doctor review). Others learn nothing about the review from the refusal.
 */
async function assertMayRespond(db: PrismaClient, auth: Auth, review: Awaited<ReturnType<typeof findPublished>>) {
  const { user } = auth
  if (review.targetType === 'doctor') {
    if (user.role === 'doctor' && user.doctorId === review.doctorId) return
    if (user.role === 'hospital' && user.hospitalId) {
      const doctor = await db.doctor.findFirst({
        where: { id: review.doctorId ?? NOWHERE_ID, hospitalId: user.hospitalId },
        select: { id: true },
      })
      if (doctor) return
    }
  } else if (user.role === 'hospital' && user.hospitalId === review.hospitalId) {
    return
  }
  throw new AppError('NOT_FOUND', 'No such review')
}

/** One reply per review, which its author can edit; the patient is told of the first one. */
export async function respondToReview(
  db: PrismaClient,
  auth: Auth,
  actor: ActivityActor & { userId: string },
  input: { id: string; text: string },
  now: Date,
): Promise<{ review: TReview; notificationIds: string[] }> {
  const review = await findPublished(db, input.id)
  await assertMayRespond(db, auth, review)
  return db.$transaction(async (tx) => {
    const first = review.responseText === null
    const { count } = await tx.review.updateMany({
      where: { id: review.id, isApproved: true },
      data: first
        ? { responseText: input.text, respondedById: actor.userId, respondedAt: now }
        : { responseText: input.text, respondedById: actor.userId },
    })
    if (count === 0) throw new AppError('NOT_FOUND', 'No such review')
    const notificationIds = first
      ? [
          await recordReviewNotification(tx, {
            patientId: review.patientId,
            kind: 'review_response',
            message: input.text,
            relatedTo: { type: 'review', id: review.id },
          }),
        ]
      : []
    await logActivity(tx, actor, 'respond_to_review', { reviewId: review.id, edited: !first })
    const row = await tx.review.findUniqueOrThrow({ where: { id: review.id }, select: reviewSelect })
    return { review: toReview(row), notificationIds }
  })
}

/** A reader marks a published review helpful, or takes the mark back; the count moves with the vote. */
export async function markHelpful(
  db: PrismaClient,
  userId: string,
  input: { id: string; helpful: boolean },
): Promise<TReview> {
  const review = await findPublished(db, input.id)
  await db.$transaction(async (tx) => {
    if (input.helpful) {
      const added = await tx.$executeRaw`
        INSERT INTO "review_helpful_votes" ("reviewId", "userId") VALUES (${review.id}::uuid, ${userId}::uuid)
        ON CONFLICT DO NOTHING`
      if (added) await tx.review.update({ where: { id: review.id }, data: { helpfulCount: { increment: 1 } } })
    } else {
      const { count } = await tx.reviewHelpfulVote.deleteMany({ where: { reviewId: review.id, userId } })
      if (count) await tx.review.update({ where: { id: review.id }, data: { helpfulCount: { decrement: 1 } } })
    }
  })
  const row = await db.review.findUniqueOrThrow({ where: { id: review.id }, select: reviewSelect })
  return toReview(row, input.helpful)
}

/** The patient's own reviews, newest first, with where moderation stands. */
export async function myReviews(
  db: PrismaClient,
  patientId: string,
  input: { limit: number; cursor?: string },
): Promise<{ items: TMyReview[]; nextCursor: string | null }> {
  const after = input.cursor ? decodeInstantCursor(input.cursor) : null
  const rows = await db.review.findMany({
    where: {
      patientId,
      ...createdBefore(after),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: input.limit + 1,
    select: reviewSelect,
  })
  return {
    items: rows.slice(0, input.limit).map(toMyReview),
    nextCursor: nextCreatedCursor(rows, input.limit),
  }
}
