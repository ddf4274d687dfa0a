import type { Prisma, PrismaClient } from '@medbook/db'
import { isUniqueViolation } from '../db-errors.js'
import { AppError } from '../errors.js'
import {
  evaluatePromotion,
  type PromotionEvaluation,
  type PromotionQuoteLine,
  type PromotionRefusal,
  type PromotionRules,
} from './discount.js'

type Db = PrismaClient | Prisma.TransactionClient

export interface PromotionUseRequest {
  code: string
  patientId: string
  hospitalId: string
  lines: readonly PromotionQuoteLine[]
  now: Date
}

const REFUSAL_MESSAGES: Record<PromotionRefusal, string> = {
  not_found: 'There is no promotion with this code',
  disabled: 'This promotion code has been disabled',
  not_started: 'This promotion code is not valid yet',
  expired: 'This promotion code has expired',
  below_minimum: 'The visit does not reach the minimum amount for this code',
  not_applicable: 'This promotion code does not apply to this visit',
  used_up: 'This promotion code has been used up',
  already_used: 'You have already used this promotion code',
}

/** Limits reached are conflicts (another booking took the use); anything else is a bad code for this visit. */
export function promotionRefused(reason: PromotionRefusal): AppError {
  const code = reason === 'used_up' || reason === 'already_used' ? 'CONFLICT' : 'BAD_REQUEST'
  return new AppError(code, REFUSAL_MESSAGES[reason], { reason, field: 'promotionCode' })
}

const normalizeCode = (code: string) => code.trim().toUpperCase()

interface StoredPromotion extends PromotionRules {
  id: string
  code: string
  description: string | null
  perPatientLimit: number | null
}

async function findPromotion(db: Db, code: string): Promise<StoredPromotion | null> {
  const row = await db.promotion.findUnique({
    where: { code: normalizeCode(code) },
    include: {
      applicableServices: { select: { serviceId: true } },
      applicableHospitals: { select: { hospitalId: true } },
    },
  })
  if (!row) return null
  const { applicableServices, applicableHospitals, ...promotion } = row
  return {
    ...promotion,
    serviceIds: applicableServices.map((entry) => entry.serviceId),
    hospitalIds: applicableHospitals.map((entry) => entry.hospitalId),
  }
}

function activeUsesOf(db: Db, promotionId: string, patientId: string): Promise<number> {
  return db.promotionRedemption.count({ where: { promotionId, patientId, status: 'active' } })
}

export type PromotionQuote =
  | { ok: true; promotionId: string; code: string; description: string | null; discountAmount: number }
  | { ok: false; code: string; reason: PromotionRefusal }

/** The checks of redeemPromotion without taking a use: what the patient sees before booking. */
export async function quotePromotion(
  db: Db,
  request: PromotionUseRequest & { patientId: string },
): Promise<PromotionQuote> {
  const code = normalizeCode(request.code)
  const promotion = await findPromotion(db, code)
  const evaluation = evaluatePromotion(promotion, request)
  if (!evaluation.ok || !promotion) return { ok: false, code, reason: evaluation.ok ? 'not_found' : evaluation.reason }
  if (
    promotion.perPatientLimit !== null &&
    (await activeUsesOf(db, promotion.id, request.patientId)) >= promotion.perPatientLimit
  )
    return { ok: false, code, reason: 'already_used' }
  return {
    ok: true,
    promotionId: promotion.id,
    code: promotion.code,
    description: promotion.description,
    discountAmount: evaluation.discountAmount,
  }
}

interface TakenUse {
  usageCount: number
  status: PromotionRules['status']
  discountType: PromotionRules['discountType']
  discountValue: number
  minimumPurchase: number | null
  maximumDiscount: number | null
  startDate: Date
  endDate: Date
  usageLimit: number | null
  perPatientLimit: number | null
  appliesToAllServices: boolean
  appliesToAllHospitals: boolean
}

/**
 * Takes one use of a code for a booking, inside the booking's transaction: throws the refusal
 * (AppError BAD_REQUEST or CONFLICT, details.reason) when the code cannot be used.
 *
 * The conditional UPDATE is what makes the limit hold under concurrency: PostgreSQL re-checks
 * its WHERE on the latest row after waiting for the row lock, so no more than usageLimit
 * bookings ever get a use. The lock is held until the booking commits, which also serialises
 * the per-patient count that follows for this promotion.
 */
export async function redeemPromotion(
  tx: Db,
  request: PromotionUseRequest & { appointmentId: string },
): Promise<{ promotionId: string; code: string; discountAmount: number }> {
  const promotion = await findPromotion(tx, request.code)
  const precheck = evaluatePromotion(promotion, request)
  if (!precheck.ok || !promotion) throw promotionRefused(precheck.ok ? 'not_found' : precheck.reason)

  const [taken] = await tx.$queryRaw<TakenUse[]>`
    UPDATE promotions SET "usageCount" = "usageCount" + 1
     WHERE id = ${promotion.id}::uuid AND status = 'active'
       AND "startDate" <= ${request.now} AND "endDate" > ${request.now}
       AND ("usageLimit" IS NULL OR "usageCount" < "usageLimit")
     RETURNING "usageCount", status::text AS status, "discountType"::text AS "discountType", "discountValue",
               "minimumPurchase", "maximumDiscount", "startDate", "endDate", "usageLimit", "perPatientLimit",
               "appliesToAllServices", "appliesToAllHospitals"`
  if (!taken) {
    // someone changed it between our read and the update: say what it is now
    const now = await findPromotion(tx, request.code)
    const evaluation = evaluatePromotion(now, request)
    throw promotionRefused(evaluation.ok ? 'used_up' : evaluation.reason)
  }

  // the rules again on the row as locked, with the use we took not counted against it
  const locked = evaluatePromotion({ ...promotion, ...taken, usageCount: taken.usageCount - 1 }, request)
  let refusal: PromotionRefusal | null = locked.ok ? null : locked.reason
  if (
    !refusal &&
    taken.perPatientLimit !== null &&
    (await activeUsesOf(tx, promotion.id, request.patientId)) >= taken.perPatientLimit
  )
    refusal = 'already_used'
  if (refusal) {
    // give the use back, so that a caller who goes on without the code does not leak one
    await tx.$executeRaw`UPDATE promotions SET "usageCount" = "usageCount" - 1 WHERE id = ${promotion.id}::uuid`
    throw promotionRefused(refusal)
  }

  const discountAmount = (locked as Extract<PromotionEvaluation, { ok: true }>).discountAmount
  try {
    await tx.promotionRedemption.create({
      data: {
        promotionId: promotion.id,
        patientId: request.patientId,
        appointmentId: request.appointmentId,
        discountAmount,
        createdAt: request.now,
      },
    })
  } catch (error) {
    if (isUniqueViolation(error, 'appointmentId'))
      throw new AppError('CONFLICT', 'This booking already has a promotion code', { field: 'promotionCode' })
    throw error
  }
  return { promotionId: promotion.id, code: promotion.code, discountAmount }
}

/**
 * Gives back the use an appointment's booking took (it was released unpaid, cancelled or
 * refunded in full). Only the call that flips the redemption from active to released gives
 * the use back: a retry, or a second release racing it, finds nothing active and returns false.
 */
export async function releasePromotion(tx: Db, appointmentId: string, now: Date): Promise<boolean> {
  const [result] = await tx.$queryRaw<{ released: number }[]>`
    WITH released AS (
      UPDATE promotion_redemptions SET status = 'released', "releasedAt" = ${now}
       WHERE "appointmentId" = ${appointmentId}::uuid AND status = 'active'
       RETURNING "promotionId"
    ), given_back AS (
      UPDATE promotions p SET "usageCount" = p."usageCount" - 1
        FROM released r
       WHERE p.id = r."promotionId" AND p."usageCount" > 0
       RETURNING p.id
    )
    SELECT count(*)::int AS released FROM released`
  return (result?.released ?? 0) > 0
}
