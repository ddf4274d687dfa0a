import type { TPromotionSummary } from '@medbook/contracts'
import { formatDateTime, formatVnd, PLATFORM_TIME_ZONE } from '@medbook/ui'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

/** How a promotion reads in the list: its discount, its window, its usage. */
export function usePromotionText() {
  const { t, i18n } = useTranslation()
  return useMemo(
    () => ({
      /** "Giảm 20%, tối đa 100.000 ₫, đơn từ 200.000 ₫" */
      discount(promotion: TPromotionSummary): string {
        const parts = [
          promotion.discountType === 'percentage'
            ? t('promotions.percentOff', { value: promotion.discountValue })
            : t('promotions.amountOff', { amount: formatVnd(promotion.discountValue) }),
        ]
        if (promotion.maximumDiscount !== null)
          parts.push(t('promotions.capped', { amount: formatVnd(promotion.maximumDiscount) }))
        if (promotion.minimumPurchase !== null)
          parts.push(t('promotions.minimum', { amount: formatVnd(promotion.minimumPurchase) }))
        return parts.join(', ')
      },
      window(promotion: TPromotionSummary): string {
        return t('promotions.windowValue', {
          start: formatDateTime(promotion.startDate, i18n.language, PLATFORM_TIME_ZONE),
          end: formatDateTime(promotion.endDate, i18n.language, PLATFORM_TIME_ZONE),
        })
      },
      /** "7 / 10", or "7 / không giới hạn" */
      usage(promotion: TPromotionSummary): string {
        return t('promotions.usageValue', {
          count: promotion.usageCount,
          limit: promotion.usageLimit ?? t('promotions.unlimited'),
        })
      },
    }),
    [t, i18n.language],
  )
}
