import { useCallback, useMemo } from 'react'
import { useTranslation } from 'react-i18next'

/** ISO 639-1 codes as names in the reader's language: "vi" → "Tiếng Việt" / "Vietnamese". */
export function useLanguageNames() {
  const { i18n } = useTranslation()
  const language = i18n.resolvedLanguage ?? 'vi'
  const names = useMemo(() => new Intl.DisplayNames([language], { type: 'language' }), [language])
  return useCallback(
    (codes: readonly string[]) =>
      codes.map((code) => {
        try {
          return names.of(code) ?? code
        } catch {
          return code
        }
      }),
    [names],
  )
}
