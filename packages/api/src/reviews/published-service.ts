import type { TRatingSummary, ZPublishedReviewsInput } from '@medbook/contracts'
import { Prisma, type PrismaClient } from '@medbook/db'
import type { z } from 'zod'
import { AppError } from '../errors.js'
import { decodeInstantCursor, decodeKeysetCursor, encodeKeysetCursor } from '../pagination.js'
import { reviewSelect, toReview } from './present.js'

type Input = z.output<typeof ZPublishedReviewsInput>

async function ratingSummary(db: PrismaClient, input: Input): Promise<TRatingSummary> {
  const column = input.targetType === 'doctor' ? Prisma.sql`"doctorId"` : Prisma.sql`"hospitalId"`
  const [target, counts] = await Promise.all([
    input.targetType === 'doctor'
      ? db.doctor.findUnique({ where: { id: input.targetId }, select: { ratingAverage: true, ratingCount: true } })
      : db.hospital.findUnique({ where: { id: input.targetId }, select: { ratingAverage: true, ratingCount: true } }),
    db.$queryRaw<{ rating: number; count: number }[]>`
      SELECT "rating", count(*)::int AS count FROM "reviews"
       WHERE ${column} = ${input.targetId}::uuid AND "isApproved" GROUP BY "rating"`,
  ])
  if (!target) throw new AppError('NOT_FOUND', `No such ${input.targetType}`)
  const distribution = [1, 2, 3, 4, 5].map((stars) => counts.find((row) => row.rating === stars)?.count ?? 0)
  return { average: target.ratingAverage, count: target.ratingCount, distribution }
}

function afterCursor(input: Input): Prisma.ReviewWhereInput {
  if (!input.cursor) return {}
  const { at: createdAt, id } = decodeInstantCursor(input.cursor)
  const newer: Prisma.ReviewWhereInput[] = [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: id } }]
  if (input.sort === 'newest') return { OR: newer }
  const helpful = Number(decodeKeysetCursor(input.cursor).key)
  if (!Number.isInteger(helpful))
    throw new AppError('BAD_REQUEST', 'The page cursor is not valid; start again from the first page')
  return { OR: [{ helpfulCount: { lt: helpful } }, ...newer.map((where) => ({ helpfulCount: helpful, ...where }))] }
}

/**
 * A doctor's or a hospital's published reviews, newest or most helpful first, with the rating
 * summary (average, count, 5★…1★). Anyone may read them; a signed-in reader sees their own marks.
 */
export async function publishedReviews(db: PrismaClient, input: Input, readerId: string | null) {
  const summary = await ratingSummary(db, input)
  const rows = await db.review.findMany({
    where: {
      isApproved: true,
      ...(input.targetType === 'doctor' ? { doctorId: input.targetId } : { hospitalId: input.targetId }),
      ...afterCursor(input),
    },
    orderBy:
      input.sort === 'newest'
        ? [{ createdAt: 'desc' }, { id: 'desc' }]
        : [{ helpfulCount: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }],
    take: input.limit + 1,
    select: reviewSelect,
  })
  const page = rows.slice(0, input.limit)
  const marked = readerId
    ? new Set(
        (
          await db.reviewHelpfulVote.findMany({
            where: { userId: readerId, reviewId: { in: page.map((row) => row.id) } },
            select: { reviewId: true },
          })
        ).map((vote) => vote.reviewId),
      )
    : new Set<string>()
  const last = page.at(-1)
  return {
    summary,
    items: page.map((row) => toReview(row, marked.has(row.id))),
    nextCursor:
      rows.length > input.limit && last
        ? encodeKeysetCursor({
            createdAt: last.createdAt.toISOString(),
            id: last.id,
            ...(input.sort === 'helpful' ? { key: String(last.helpfulCount) } : {}),
          })
        : null,
  }
}
