import { type FieldErrorLike, useFieldErrorText } from '@medbook/ui'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'

/** Field errors in the reader's language, including the codes only the hospital profile uses. */
export function useProfileErrorText() {
  const { t } = useTranslation()
  const fieldError = useFieldErrorText()
  return useCallback(
    (error: FieldErrorLike | undefined): string | undefined => {
      if (error?.message === 'end_before_start') return t('myHospital.errors.closeBeforeOpen')
      if (error?.message === 'duplicate_day') return t('myHospital.errors.duplicateDay')
      return fieldError(error)
    },
    [fieldError, t],
  )
}
