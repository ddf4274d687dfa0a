import type {
  DiscountType,
  Promotion,
  PromotionHospital,
  PromotionService,
  PromotionStatus,
} from '../generated/prisma/client.js'
import type { CatalogueService } from './catalogue.js'
import type { Random } from './random.js'
import { DAY } from './time.js'

interface PromotionDefinition {
  code: string
  description: string
  discountType: DiscountType
  discountValue: number
  minimumPurchase: number | null
  maximumDiscount: number | null
  /** start and end, in days from now */
  days: readonly [number, number]
  usageLimit: number | null
  status: PromotionStatus
  /** categories of services it is limited to; none: every service */
  categories?: readonly string[]
  /** limited to a few hospitals */
  someHospitals?: boolean
}

const PROMOTIONS: readonly PromotionDefinition[] = [
  {
    code: 'CHAOBANMOI',
    description: 'Giảm 20% lần khám đầu tiên, tối đa 100.000 ₫',
    discountType: 'percentage',
    discountValue: 20,
    minimumPurchase: null,
    maximumDiscount: 100_000,
    days: [-60, 120],
    usageLimit: 5000,
    status: 'active',
  },
  {
    code: 'KHAMTONGQUAT',
    description: 'Giảm 300.000 ₫ cho gói khám sức khỏe',
    discountType: 'fixed',
    discountValue: 300_000,
    minimumPurchase: 1_500_000,
    maximumDiscount: null,
    days: [-20, 40],
    usageLimit: 1000,
    status: 'active',
    categories: ['package'],
  },
  {
    code: 'TUVANONLINE',
    description: 'Giảm 50.000 ₫ cho tư vấn trực tuyến',
    discountType: 'fixed',
    discountValue: 50_000,
    minimumPurchase: 200_000,
    maximumDiscount: null,
    days: [-30, 60],
    usageLimit: null,
    status: 'active',
    categories: ['consultation'],
  },
  {
    code: 'XETNGHIEM15',
    description: 'Giảm 15% các xét nghiệm máu',
    discountType: 'percentage',
    discountValue: 15,
    minimumPurchase: 100_000,
    maximumDiscount: 200_000,
    days: [-10, 50],
    usageLimit: 2000,
    status: 'active',
    categories: ['test'],
    someHospitals: true,
  },
  {
    code: 'TIEMCHUNG10',
    description: 'Giảm 10% tiêm vắc xin tại cơ sở đối tác',
    discountType: 'percentage',
    discountValue: 10,
    minimumPurchase: null,
    maximumDiscount: 150_000,
    days: [-5, 90],
    usageLimit: 3000,
    status: 'active',
    categories: ['vaccination'],
    someHospitals: true,
  },
  {
    code: 'MUNGXUANMOI',
    description: 'Ưu đãi Tết: giảm 25% phí khám',
    discountType: 'percentage',
    discountValue: 25,
    minimumPurchase: null,
    maximumDiscount: 150_000,
    days: [-320, -290],
    usageLimit: 2000,
    status: 'expired',
  },
  {
    code: 'HE2026',
    description: 'Khám mùa hè cho bé: giảm 100.000 ₫',
    discountType: 'fixed',
    discountValue: 100_000,
    minimumPurchase: 300_000,
    maximumDiscount: null,
    days: [-170, -80],
    usageLimit: 1500,
    status: 'expired',
  },
  {
    code: 'SIEUAM50K',
    description: 'Giảm 50.000 ₫ siêu âm',
    discountType: 'fixed',
    discountValue: 50_000,
    minimumPurchase: 150_000,
    maximumDiscount: null,
    days: [-40, 20],
    usageLimit: 500,
    status: 'disabled',
    categories: ['imaging'],
  },
  {
    code: 'BACSIGIADINH',
    description: 'Giảm 10% khi đặt lịch cho người thân',
    discountType: 'percentage',
    discountValue: 10,
    minimumPurchase: null,
    maximumDiscount: 80_000,
    days: [15, 75],
    usageLimit: null,
    status: 'active',
  },
  {
    code: 'VNPAY30K',
    description: 'Giảm 30.000 ₫ khi thanh toán qua VNPAY',
    discountType: 'fixed',
    discountValue: 30_000,
    minimumPurchase: 250_000,
    maximumDiscount: null,
    days: [-15, 15],
    usageLimit: 10_000,
    status: 'active',
  },
]

export interface SeededPromotions {
  promotions: Promotion[]
  services: PromotionService[]
  hospitals: PromotionHospital[]
}

export function buildPromotions(
  random: Random,
  now: Date,
  adminUserId: string,
  services: readonly CatalogueService[],
  activeHospitalIds: readonly string[],
): SeededPromotions {
  const seeded: SeededPromotions = { promotions: [], services: [], hospitals: [] }
  for (const definition of PROMOTIONS) {
    const startDate = new Date(now.getTime() + definition.days[0] * DAY)
    const endDate = new Date(now.getTime() + definition.days[1] * DAY)
    const begun = startDate <= now
    const usageCount = !begun
      ? 0
      : Math.floor((definition.usageLimit ?? 4000) * random.between(0.05, definition.status === 'expired' ? 1 : 0.6))
    const createdAt = new Date(startDate.getTime() - random.int(3, 20) * DAY)
    const applicable = definition.categories
      ? services.filter((entry) => definition.categories?.includes(entry.row.category))
      : []
    const hospitals = definition.someHospitals
      ? random.sample(activeHospitalIds, Math.max(1, Math.ceil(activeHospitalIds.length / 5)))
      : []
    const promotion: Promotion = {
      id: random.uuid(),
      code: definition.code,
      description: definition.description,
      discountType: definition.discountType,
      discountValue: definition.discountValue,
      minimumPurchase: definition.minimumPurchase,
      maximumDiscount: definition.maximumDiscount,
      perPatientLimit: 1,
      startDate,
      endDate,
      usageLimit: definition.usageLimit,
      usageCount,
      appliesToAllServices: applicable.length === 0,
      appliesToAllHospitals: hospitals.length === 0,
      createdById: adminUserId,
      createdAt: createdAt > now ? now : createdAt,
      updatedAt: createdAt > now ? now : createdAt,
      status: definition.status,
    }
    seeded.promotions.push(promotion)
    for (const entry of applicable) seeded.services.push({ promotionId: promotion.id, serviceId: entry.row.id })
    for (const hospitalId of hospitals) seeded.hospitals.push({ promotionId: promotion.id, hospitalId })
  }
  return seeded
}
