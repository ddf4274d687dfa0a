import type { TMyReview, ZCreateReviewInput } from '@medbook/contracts'
import type { PrismaClient } from '@medbook/db'
import type { z } from 'zod'
import { type ActivityActor, logActivity } from '../audit/log-activity.js'
import { isUniqueViolation } from '../db-errors.js'
import { AppError } from '../errors.js'
import { readSettings } from '../settings/service.js'
import { assertReviewable, findOwnVisit, targetIdOf } from './eligibility.js'
import { reviewSelect, toMyReview } from './present.js'
import { lockTarget, refreshRating } from './ratings.js'

type CreateInput = z.output<typeof ZCreateReviewInput>

/**
 * The patient reviews the doctor or the hospital of a completed visit of theirs, once per side.
 * A review goes to the moderation queue unless the settings publish it at once (no approval
 * needed, or a rating without a comment); a published one counts in the rating in the same
 * transaction.
 */
export async function createReview(
  db: PrismaClient,
  actor: ActivityActor,
  patientId: string,
  input: CreateInput,
  now: Date,
): Promise<TMyReview> {
  const visit = await findOwnVisit(db, patientId, input.appointmentId)
  await assertReviewable(db, visit, now)
  const settings = await readSettings(db)
  const published =
    !settings['reviews.requireApproval'] || (settings['reviews.autoApproveWithoutComment'] && !input.comment)
  const target = { targetType: input.targetType, targetId: targetIdOf(visit, input.targetType) }
  try {
    const row = await db.$transaction(async (tx) => {
      if (published) await lockTarget(tx, target)
      const review = await tx.review.create({
        data: {
          patientId,
          appointmentId: visit.id,
          targetType: input.targetType,
          doctorId: input.targetType === 'doctor' ? visit.doctorId : null,
          hospitalId: input.targetType === 'hospital' ? visit.hospitalId : null,
          rating: input.rating,
          comment: input.comment ?? null,
          status: published ? 'approved' : 'pending',
          isApproved: published,
          moderatedAt: published ? now : null,
          createdAt: now,
        },
        select: reviewSelect,
      })
      if (published) await refreshRating(tx, target)
      await logActivity(tx, actor, 'write_review', {
        reviewId: review.id,
        appointmentId: visit.id,
        targetType: input.targetType,
        rating: input.rating,
        published,
      })
      return review
    })
    return toMyReview(row)
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('CONFLICT', 'You have already reviewed this visit', { reason: 'already_reviewed' })
    }
    throw error
  }
}
