import i18next, { type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { enumLabelsEn, enumLabelsVi } from './enum-labels'
import { DEFAULT_LANGUAGE, isLanguage, type Language, SUPPORTED_LANGUAGES } from './languages'
import { uiMessagesEn, uiMessagesVi } from './ui-messages'

export const LANGUAGE_STORAGE_KEY = 'medbook.language'

/** An app's own strings ("translation" namespace), one complete object per language. */
export type AppResources<TMessages> = Record<Language, TMessages>

function storedLanguage(): Language | null {
  try {
    const value = window.localStorage.getItem(LANGUAGE_STORAGE_KEY)
    return isLanguage(value) ? value : null
  } catch {
    // storage can be blocked (private mode, embedded webviews); the default language still works
    return null
  }
}

function rememberLanguage(language: string) {
  document.documentElement.lang = language
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language)
  } catch {}
}

/**
 * One i18next instance per app: Vietnamese unless the reader chose otherwise before, English
 * available, the choice kept in localStorage and mirrored in <html lang>.
 */
export function createI18n<TMessages extends object>(resources: AppResources<TMessages>): i18n {
  const instance = i18next.createInstance()
  void instance.use(initReactI18next).init({
    resources: {
      vi: { translation: resources.vi, ui: uiMessagesVi, enums: enumLabelsVi },
      en: { translation: resources.en, ui: uiMessagesEn, enums: enumLabelsEn },
    },
    lng: storedLanguage() ?? DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...SUPPORTED_LANGUAGES],
    ns: ['translation', 'ui'],
    defaultNS: 'translation',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  })
  document.documentElement.lang = instance.language
  instance.on('languageChanged', rememberLanguage)
  return instance
}
