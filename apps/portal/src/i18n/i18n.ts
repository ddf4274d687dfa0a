import { createI18n } from '@medbook/ui'
import { messagesVi, type PortalMessages } from './messages-vi'

export const i18n = createI18n<PortalMessages>({
  vi: messagesVi,
  en: async () => (await import('./messages-en')).messagesEn,
})

declare module 'i18next' {
  interface ResourceNamespaceMap {
    translation: PortalMessages
  }
}
