import { type FieldErrorLike, useFieldErrorText } from '@medbook/ui'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { promotionsVi } from '../../i18n/vi/promotions'

type PromotionErrorCode = keyof typeof promotionsVi.errors
const CODES = new Set(Object.keys(promotionsVi.errors))

/** The promotion contract's own error codes in the reader's language; anything else as every form shows it. */
export function usePromotionErrorText() {
  const { t } = useTranslation()
  const fieldError = useFieldErrorText()
  return useCallback(
    (error: FieldErrorLike | undefined): string | undefined => {
      if (!error) return undefined
      if (error.message && CODES.has(error.message))
        return t(`promotions.errors.${error.message as PromotionErrorCode}`)
      // an empty number or date: zod reports the missing value's type
      if (error.type === 'invalid_type') return t('promotions.errors.required')
      return fieldError(error)
    },
    [t, fieldError],
  )
}
