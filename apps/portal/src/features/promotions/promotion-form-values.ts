import { type TPromotion, ZCreatePromotionInput } from '@medbook/contracts'
import type { FieldErrors, Resolver } from 'react-hook-form'
import type { z } from 'zod'

/** What the form holds: numbers as typed (NaN when empty), instants as "YYYY-MM-DDTHH:mm" in Vietnam time. */
export interface PromotionFormValues {
  code: string
  description: string
  discountType: 'percentage' | 'fixed'
  discountValue: number
  minimumPurchase: number
  maximumDiscount: number
  startDate: string
  endDate: string
  usageLimit: number
  perPatientLimit: number
  appliesToAllServices: boolean
  serviceIds: string[]
  appliesToAllHospitals: boolean
  hospitalIds: string[]
}

export const PROMOTION_FIELDS = [
  'code',
  'description',
  'discountType',
  'discountValue',
  'minimumPurchase',
  'maximumDiscount',
  'startDate',
  'endDate',
  'usageLimit',
  'perPatientLimit',
  'appliesToAllServices',
  'serviceIds',
  'appliesToAllHospitals',
  'hospitalIds',
] as const satisfies readonly (keyof PromotionFormValues)[]

// Vietnam keeps UTC+7 all year (no daylight saving), so a fixed offset reads and writes its wall clock
const VIETNAM_OFFSET_MS = 7 * 3_600_000

export function toVietnamInput(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 16)
}

function fromVietnamInput(value: string): Date | undefined {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? new Date(`${value}:00+07:00`) : undefined
}

const numberOrNull = (value: number) => (Number.isFinite(value) ? value : null)

export function formDefaults(promotion: TPromotion | null, now: Date): PromotionFormValues {
  const startOfMinute = new Date(Math.floor(now.getTime() / 60_000) * 60_000)
  return {
    code: promotion?.code ?? '',
    description: promotion?.description ?? '',
    discountType: promotion?.discountType ?? 'percentage',
    discountValue: promotion?.discountValue ?? Number.NaN,
    minimumPurchase: promotion?.minimumPurchase ?? Number.NaN,
    maximumDiscount: promotion?.maximumDiscount ?? Number.NaN,
    startDate: toVietnamInput(promotion?.startDate ?? startOfMinute),
    endDate: toVietnamInput(promotion?.endDate ?? new Date(startOfMinute.getTime() + 30 * 86_400_000)),
    usageLimit: promotion?.usageLimit ?? Number.NaN,
    perPatientLimit: promotion ? (promotion.perPatientLimit ?? Number.NaN) : 1,
    appliesToAllServices: promotion?.appliesToAllServices ?? true,
    serviceIds: promotion?.services.map((service) => service.id) ?? [],
    appliesToAllHospitals: promotion?.appliesToAllHospitals ?? true,
    hospitalIds: promotion?.hospitals.map((hospital) => hospital.id) ?? [],
  }
}

/** The form's values as the API takes them (empty optional numbers are "no limit"). */
export function toPromotionInput(values: PromotionFormValues): z.input<typeof ZCreatePromotionInput> {
  return {
    code: values.code,
    description: values.description.trim() || null,
    discountType: values.discountType,
    discountValue: Number.isFinite(values.discountValue) ? values.discountValue : (undefined as unknown as number),
    minimumPurchase: numberOrNull(values.minimumPurchase),
    maximumDiscount: numberOrNull(values.maximumDiscount),
    startDate: fromVietnamInput(values.startDate) as Date,
    endDate: fromVietnamInput(values.endDate) as Date,
    usageLimit: numberOrNull(values.usageLimit),
    perPatientLimit: numberOrNull(values.perPatientLimit),
    appliesToAllServices: values.appliesToAllServices,
    serviceIds: values.appliesToAllServices ? [] : values.serviceIds,
    appliesToAllHospitals: values.appliesToAllHospitals,
    hospitalIds: values.appliesToAllHospitals ? [] : values.hospitalIds,
  }
}

/** Validates with the shared contract, so the form refuses exactly what the API would. */
export const promotionResolver: Resolver<PromotionFormValues> = async (values) => {
  const parsed = ZCreatePromotionInput.safeParse(toPromotionInput(values))
  if (parsed.success) return { values, errors: {} }
  const errors: Record<string, { type: string; message: string }> = {}
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'code')
    errors[field] ??= { type: issue.code, message: issue.message }
  }
  return { values: {}, errors: errors as FieldErrors<PromotionFormValues> }
}
