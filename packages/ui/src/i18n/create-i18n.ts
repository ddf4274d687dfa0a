import i18next, { type BackendModule, type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { enumLabelsEn, enumLabelsVi } from './enum-labels'
import { DEFAULT_LANGUAGE, isLanguage, type Language, SUPPORTED_LANGUAGES } from './languages'
import { uiMessagesEn, uiMessagesVi } from './ui-messages'

export const LANGUAGE_STORAGE_KEY = 'medbook.language'

/**
 * An app's own strings ("translation" namespace), one complete object per language: Vietnamese,
 * the default, in the first download; English fetched (a chunk of its own) when a reader chooses it.
 */
export interface AppResources<TMessages> {
  vi: TMessages
  en: () => Promise<TMessages>
}

/** i18next's plugin for resources it does not have yet: here, the app's strings in English. */
function lazyTranslations<TMessages>(resources: AppResources<TMessages>): BackendModule {
  return {
    type: 'backend',
    init() {},
    read(language, namespace, callback) {
      if (language !== 'en' || namespace !== 'translation') return callback(null, {})
      resources.en().then(
        (messages) => callback(null, messages as object),
        (error: Error) => callback(error, null),
      )
    },
  }
}

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
  void instance
    .use(initReactI18next)
    .use(lazyTranslations(resources))
    .init({
      resources: {
        vi: { translation: resources.vi, ui: uiMessagesVi, enums: enumLabelsVi },
        en: { ui: uiMessagesEn, enums: enumLabelsEn },
      },
      // what is bundled is used as is; the backend is asked only for what is missing
      partialBundledLanguages: true,
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

/** Resolves once the reader's language is loaded (at once for Vietnamese): render after it. */
export function i18nReady(instance: i18n): Promise<void> {
  if (instance.isInitialized) return Promise.resolve()
  return new Promise((resolve) => instance.on('initialized', () => resolve()))
}
