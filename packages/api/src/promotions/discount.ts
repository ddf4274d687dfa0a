import type { TPromotionQuoteLine, TPromotionRefusal } from '@medbook/contracts'

export type PromotionRefusal = TPromotionRefusal
export type PromotionQuoteLine = TPromotionQuoteLine

/** What the discount rules read of a promotion. */
export interface PromotionRules {
  status: 'active' | 'expired' | 'disabled'
  discountType: 'percentage' | 'fixed'
  discountValue: number
  minimumPurchase: number | null
  maximumDiscount: number | null
  startDate: Date
  endDate: Date
  usageLimit: number | null
  usageCount: number
  appliesToAllServices: boolean
  /** catalogue service ids (services.id), when not all */
  serviceIds: readonly string[]
  appliesToAllHospitals: boolean
  hospitalIds: readonly string[]
}

export interface PromotionOccasion {
  hospitalId: string
  lines: readonly PromotionQuoteLine[]
  now: Date
}

export type PromotionEvaluation = { ok: true; discountAmount: number } | { ok: false; reason: PromotionRefusal }

/** The status an administrator reads: a code past its end date is expired whatever is stored. */
export function shownPromotionStatus(
  promotion: Pick<PromotionRules, 'status' | 'endDate'>,
  now: Date,
): PromotionRules['status'] {
  return promotion.status === 'active' && promotion.endDate.getTime() <= now.getTime() ? 'expired' : promotion.status
}

/**
 * Whether a promotion applies to a visit and what it takes off, in integer VND. The code works
 * from startDate (inclusive) to endDate (exclusive). The per-patient limit needs the patient's
 * uses, so quotePromotion and redeemPromotion check it.
 */
export function evaluatePromotion(promotion: PromotionRules | null, occasion: PromotionOccasion): PromotionEvaluation {
  if (!promotion) return { ok: false, reason: 'not_found' }
  if (promotion.status === 'disabled') return { ok: false, reason: 'disabled' }
  const now = occasion.now.getTime()
  if (promotion.status === 'expired' || now >= promotion.endDate.getTime()) return { ok: false, reason: 'expired' }
  if (now < promotion.startDate.getTime()) return { ok: false, reason: 'not_started' }
  if (promotion.usageLimit !== null && promotion.usageCount >= promotion.usageLimit)
    return { ok: false, reason: 'used_up' }
  if (!promotion.appliesToAllHospitals && !promotion.hospitalIds.includes(occasion.hospitalId))
    return { ok: false, reason: 'not_applicable' }

  const subtotal = occasion.lines.reduce((sum, line) => sum + line.amount, 0)
  if (promotion.minimumPurchase !== null && subtotal < promotion.minimumPurchase)
    return { ok: false, reason: 'below_minimum' }
  const base = promotion.appliesToAllServices
    ? subtotal
    : occasion.lines
        .filter((line) => line.kind === 'service' && line.serviceId && promotion.serviceIds.includes(line.serviceId))
        .reduce((sum, line) => sum + line.amount, 0)
  if (base <= 0) return { ok: false, reason: 'not_applicable' }

  let discount =
    promotion.discountType === 'percentage'
      ? Math.floor((base * promotion.discountValue) / 100)
      : Math.min(promotion.discountValue, base)
  if (promotion.maximumDiscount !== null) discount = Math.min(discount, promotion.maximumDiscount)
  return { ok: true, discountAmount: Math.max(0, Math.min(discount, subtotal)) }
}
