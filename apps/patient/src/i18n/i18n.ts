import { createI18n } from '@medbook/ui'
import { messagesVi, type PatientMessages } from './messages-vi'

export const i18n = createI18n<PatientMessages>({
  vi: messagesVi,
  en: async () => (await import('./messages-en')).messagesEn,
})

declare module 'i18next' {
  interface ResourceNamespaceMap {
    translation: PatientMessages
  }
}
