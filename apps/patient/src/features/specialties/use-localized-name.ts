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

/**
 * Sorts by the name the reader sees. The API orders by the Vietnamese name, which reads as
 * random once the names are shown in English.
 */
export function useSortedByLocalizedName() {
  const { i18n } = useTranslation()
  const localizedName = useLocalizedName()
  const language = i18n.resolvedLanguage ?? 'vi'
  return useCallback(
    <T extends Named>(entries: readonly T[]): T[] => {
      const collator = new Intl.Collator(language)
      return [...entries].sort((a, b) => collator.compare(localizedName(a), localizedName(b)))
    },
    [language, localizedName],
  )
}
