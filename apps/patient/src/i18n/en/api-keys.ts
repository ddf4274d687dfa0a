import type { apiKeysVi } from '../vi/api-keys'

export const apiKeysEn: typeof apiKeysVi = {
  description: 'Let other apps read or update your profile through the MedBook API.',
  emptyDescription: 'Create a key when you want to connect a health app or a tool of your own to MedBook.',
}
