import { ZPromotionRefusal } from '@medbook/contracts'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'

/** Why a promotion code cannot be used (the quote's promotionRefusal, a booking error's details.reason), in words. */
export function usePromotionRefusalText() {
  const { t } = useTranslation()
  return useCallback(
    (reason: unknown): string => {
      const known = ZPromotionRefusal.safeParse(reason)
      return known.success ? t(`payments.refusal.${known.data}`) : t('payments.refusal.generic')
    },
    [t],
  )
}
