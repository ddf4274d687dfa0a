import { z } from 'zod'
import { ZDiscountType, ZPromotionStatus, ZRedemptionStatus } from './enums.js'
import { ZInstant } from './json-shapes.js'
import { ZCursorPageInput, ZPage } from './pagination.js'
import { MAX_VISIT_TOTAL, ZHospitalServiceIds } from './payments.js'

/** The largest amount of VND a promotion deals in: the most one visit can cost. */
export const MAX_PROMOTION_AMOUNT = MAX_VISIT_TOTAL

/**
 * A code as an administrator types it: trimmed and stored uppercase. Not payments' ZPromotionCode,
 * whose "invalid_code" message the forms read as the 6-digit verification code's.
 */
const ZCode = z
  .string()
  .trim()
  .min(3, 'too_short')
  .max(32, 'too_long')
  .transform((code) => code.toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9_-]+$/, 'code_format'))

/** How many services or hospitals one promotion may be limited to. */
export const MAX_PROMOTION_TARGETS = 200
/** The largest usage limit an administrator can set (well inside the int column). */
export const MAX_PROMOTION_USES = 10_000_000
/** The most times one patient may be allowed to use a code. */
export const MAX_USES_PER_PATIENT = 1000

/** Why a code cannot be used for this booking. */
export const ZPromotionRefusal = z.enum([
  'not_found',
  'disabled',
  'not_started',
  'expired',
  'below_minimum',
  'not_applicable',
  'used_up',
  'already_used',
])
export type TPromotionRefusal = z.infer<typeof ZPromotionRefusal>

/** One priced line of a visit, as the discount rules see it. */
export const ZPromotionQuoteLine = z.object({
  kind: z.enum(['consultation', 'service']),
  /** the catalogue service (services.id) of a service line; null for the consultation */
  serviceId: z.string().uuid().nullable(),
  amount: z.number().int().min(0).max(MAX_PROMOTION_AMOUNT),
})
export type TPromotionQuoteLine = z.infer<typeof ZPromotionQuoteLine>

const ZVnd = z
  .number({ error: 'required' })
  .int('whole_number')
  .min(0, 'too_small')
  .max(MAX_PROMOTION_AMOUNT, 'too_big')
const ZTargetIds = z.array(z.string().uuid()).max(MAX_PROMOTION_TARGETS, 'too_many').default([])

/**
 * What an administrator sets on a promotion. The bounds are the ones the database's CHECKs
 * (promotions_rules_check, promotions_per_patient_limit_check) accept, so a valid input never
 * reaches the database as a constraint error.
 */
const ZPromotionFields = z.object({
  code: ZCode,
  description: z.string().trim().max(500, 'too_long').nullable().default(null),
  discountType: ZDiscountType,
  /** percent (1–100) or integer VND (≥ 1) */
  discountValue: z
    .number({ error: 'required' })
    .int('whole_number')
    .min(1, 'too_small')
    .max(MAX_PROMOTION_AMOUNT, 'too_big'),
  /** the bill's subtotal must reach this; null: no minimum */
  minimumPurchase: ZVnd.nullable().default(null),
  /** the discount never exceeds this; null: no cap */
  maximumDiscount: ZVnd.min(1, 'too_small').nullable().default(null),
  startDate: ZInstant,
  /** exclusive: the code stops working at this instant */
  endDate: ZInstant,
  /** null: no limit */
  usageLimit: z
    .number()
    .int('whole_number')
    .min(1, 'too_small')
    .max(MAX_PROMOTION_USES, 'too_big')
    .nullable()
    .default(null),
  /** null: no limit per patient */
  perPatientLimit: z
    .number()
    .int('whole_number')
    .min(1, 'too_small')
    .max(MAX_USES_PER_PATIENT, 'too_big')
    .nullable()
    .default(1),
  appliesToAllServices: z.boolean().default(true),
  /** catalogue services (services.id) it is limited to, when not all */
  serviceIds: ZTargetIds,
  appliesToAllHospitals: z.boolean().default(true),
  hospitalIds: ZTargetIds,
})

type PromotionFields = z.output<typeof ZPromotionFields>

function checkPromotionRules(value: PromotionFields, context: z.RefinementCtx) {
  if (value.endDate.getTime() <= value.startDate.getTime())
    context.addIssue({ code: 'custom', message: 'end_before_start', path: ['endDate'] })
  if (value.discountType === 'percentage' && value.discountValue > 100)
    context.addIssue({ code: 'custom', message: 'percent_too_big', path: ['discountValue'] })
  if (!value.appliesToAllServices && value.serviceIds.length === 0)
    context.addIssue({ code: 'custom', message: 'choose_services', path: ['serviceIds'] })
  if (!value.appliesToAllHospitals && value.hospitalIds.length === 0)
    context.addIssue({ code: 'custom', message: 'choose_hospitals', path: ['hospitalIds'] })
}

export const ZCreatePromotionInput = ZPromotionFields.superRefine(checkPromotionRules)
export type TCreatePromotionInput = z.input<typeof ZCreatePromotionInput>

/** Every field again: the form sends the promotion as it should be. */
export const ZUpdatePromotionInput = ZPromotionFields.extend({ id: z.string().uuid() }).superRefine(checkPromotionRules)
export type TUpdatePromotionInput = z.input<typeof ZUpdatePromotionInput>

export const ZSetPromotionStatusInput = z.object({
  id: z.string().uuid(),
  /** "disabled" stops the code at once; "active" re-enables it (only before its end date) */
  status: z.enum(['active', 'disabled']),
})
export type TSetPromotionStatusInput = z.input<typeof ZSetPromotionStatusInput>

export const ZPromotionIdInput = z.object({ id: z.string().uuid() })

const ZNamed = z.object({ id: z.string().uuid(), name: z.string() })

const ZPromotionBase = z.object({
  id: z.string().uuid(),
  code: z.string(),
  description: z.string().nullable(),
  discountType: ZDiscountType,
  discountValue: z.number().int(),
  minimumPurchase: z.number().int().nullable(),
  maximumDiscount: z.number().int().nullable(),
  startDate: z.date(),
  endDate: z.date(),
  usageLimit: z.number().int().nullable(),
  usageCount: z.number().int(),
  perPatientLimit: z.number().int().nullable(),
  appliesToAllServices: z.boolean(),
  appliesToAllHospitals: z.boolean(),
  createdBy: ZNamed,
  createdAt: z.date(),
  updatedAt: z.date(),
  /** "expired" once endDate has passed, whatever is stored */
  status: ZPromotionStatus,
})

export const ZPromotion = ZPromotionBase.extend({
  services: z.array(ZNamed),
  hospitals: z.array(ZNamed),
})
export type TPromotion = z.infer<typeof ZPromotion>

/** A row of the admin list: the promotion without its lists, with how long they are. */
export const ZPromotionSummary = ZPromotionBase.extend({
  serviceCount: z.number().int(),
  hospitalCount: z.number().int(),
})
export type TPromotionSummary = z.infer<typeof ZPromotionSummary>

export const ZListPromotionsInput = ZCursorPageInput.extend({
  /** as shown: "active" excludes codes past their end date, "expired" includes them */
  status: ZPromotionStatus.optional(),
  /** part of the code, any case */
  code: z.string().trim().max(32).optional(),
})
export type TListPromotionsInput = z.input<typeof ZListPromotionsInput>
export const ZPromotionPage = ZPage(ZPromotionSummary)

export const ZPromotionUsesInput = ZCursorPageInput.extend({ promotionId: z.string().uuid() })
export const ZPromotionUse = z.object({
  id: z.string().uuid(),
  patient: ZNamed,
  appointmentId: z.string().uuid(),
  discountAmount: z.number().int(),
  status: ZRedemptionStatus,
  createdAt: z.date(),
  releasedAt: z.date().nullable(),
})
export type TPromotionUse = z.infer<typeof ZPromotionUse>
export const ZPromotionUsePage = ZPage(ZPromotionUse)

/** A patient tries a code before booking: the visit is priced by the server, not by the app. */
export const ZCheckPromotionInput = z.object({
  code: ZCode,
  doctorId: z.string().uuid(),
  /** the doctor's hospital's services to add to the visit */
  hospitalServiceIds: ZHospitalServiceIds,
})
export type TCheckPromotionInput = z.input<typeof ZCheckPromotionInput>

export const ZPromotionCheck = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    code: z.string(),
    description: z.string().nullable(),
    discountAmount: z.number().int(),
    subtotal: z.number().int(),
    total: z.number().int(),
  }),
  z.object({ ok: z.literal(false), code: z.string(), reason: ZPromotionRefusal }),
])
export type TPromotionCheck = z.infer<typeof ZPromotionCheck>
