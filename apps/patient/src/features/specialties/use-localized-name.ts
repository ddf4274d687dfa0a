import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'

interface Named {
  /** Vietnamese */
  name: string
  nameEn: string
}

/** Picks the Vietnamese or English name of a catalogue entry to match the interface language. */
export function useLocalizedName() {
  const { i18n } = useTranslation()
  const english = i18n.resolvedLanguage === 'en'
  return useCallback((entry: Named) => (english ? entry.nameEn : entry.name), [english])
}
