import type { apiKeysVi } from '../vi/api-keys'

export const apiKeysEn: typeof apiKeysVi = {
  description:
    'Let clinic software, an insurer’s system or a tool of your own work with MedBook on your behalf, with only the permissions you choose.',
  emptyDescription: 'Create a key when you want to connect clinic software or another tool to MedBook.',
  sdk: {
    title: 'Using a key with the MedBook SDK',
    description: 'The MedBook SDK is a typed TypeScript library your software uses to call the MedBook API.',
    usage:
      'Install the @medbook/sdk package with npm and pass the key as the apiKey option of createClient; it is sent in the Authorization: Bearer header. Keep the key in an environment variable, never in source code.',
    roleExample: {
      hospital:
        'For example, reading the hospital’s doctors needs “Read hospital data”; changing prices, working hours or doctors’ profiles also needs “Manage the hospital”.',
      doctor: 'For example, reading your account’s profile needs “Read profile”.',
      admin: 'For example, downloading the activity log as CSV needs “Read administration data”.',
    },
    scopes:
      'A key opens only what its permissions allow; anything else is refused (FORBIDDEN) with the name of the missing permission. Keys cannot sign in, change passwords or manage API keys.',
    docs: 'The full guide is in the @medbook/sdk package’s README, section “API keys and scopes”.',
    docsHospital:
      'The full guide is in the @medbook/sdk package’s README, sections “API keys and scopes” and “Hospital operations (staff API keys)”.',
  },
}
