import type { TReviewTargetType } from '@medbook/contracts'
import type { Prisma } from '@medbook/db'

export interface ReviewTarget {
  targetType: TReviewTargetType
  targetId: string
}

/**
 * Locks the doctor or hospital a review is about, first thing in a transaction that may publish
 * or unpublish one of its reviews: two moderations of the same target then run one after the
 * other, and each recount sees the other's review.
 */
export async function lockTarget(tx: Prisma.TransactionClient, target: ReviewTarget): Promise<void> {
  if (target.targetType === 'doctor') {
    await tx.$queryRaw`SELECT 1 FROM "doctors" WHERE "id" = ${target.targetId}::uuid FOR UPDATE`
  } else {
    await tx.$queryRaw`SELECT 1 FROM "hospitals" WHERE "id" = ${target.targetId}::uuid FOR UPDATE`
  }
}

/**
 * Sets ratings.average (one decimal, as the seed does) and ratings.count from the target's
 * published reviews, in the transaction that changed them: the numbers are never out of step.
 */
export async function refreshRating(tx: Prisma.TransactionClient, target: ReviewTarget): Promise<void> {
  if (target.targetType === 'doctor') {
    await tx.$executeRaw`
      UPDATE "doctors" SET "ratingAverage" = r.average, "ratingCount" = r.count
        FROM (SELECT COALESCE(round(avg("rating"), 1), 0)::float8 AS average, count(*)::int AS count
                FROM "reviews" WHERE "doctorId" = ${target.targetId}::uuid AND "isApproved") AS r
       WHERE "id" = ${target.targetId}::uuid`
  } else {
    await tx.$executeRaw`
      UPDATE "hospitals" SET "ratingAverage" = r.average, "ratingCount" = r.count
        FROM (SELECT COALESCE(round(avg("rating"), 1), 0)::float8 AS average, count(*)::int AS count
                FROM "reviews" WHERE "hospitalId" = ${target.targetId}::uuid AND "isApproved") AS r
       WHERE "id" = ${target.targetId}::uuid`
  }
}

export function targetOf(review: {
  targetType: TReviewTargetType
  doctorId: string | null
  hospitalId: string | null
}) {
  const targetId = review.targetType === 'doctor' ? review.doctorId : review.hospitalId
  if (!targetId) throw new Error('A review names its doctor or hospital (reviews_target_check)')
  return { targetType: review.targetType, targetId }
}
