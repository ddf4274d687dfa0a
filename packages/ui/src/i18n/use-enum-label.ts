import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { EnumLabels, EnumName } from './enum-labels'

/** The label a person reads for an enum value, in the current language: never the raw value. */
export function useEnumLabel() {
  const { t } = useTranslation('enums')
  // the key is built from the name and one of its values, so it is always in the catalogue
  const translate = t as unknown as (key: string) => string
  return useCallback(
    <TName extends EnumName>(name: TName, value: keyof EnumLabels[TName] & string): string =>
      translate(`${name}.${value}`),
    [translate],
  )
}
