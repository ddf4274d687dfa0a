import { SectionCard } from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import type { StaffRole } from '../auth/staff-role'

/** A first call per role, with a key that holds the scope the comment names. */
function exampleCall(role: StaffRole, origin: string): string {
  switch (role) {
    case 'hospital':
      return '// hospital:read\nconst roster = await medbook.myHospital.roster.query()'
    case 'doctor':
      return '// profile:read\nconst profile = await medbook.profile.get.query()'
    case 'admin':
      return `// admin:read\nconst csv = await fetch('${origin}/admin/activity-logs.csv', {\n  headers: { authorization: \`Bearer \${process.env.MEDBOOK_API_KEY}\` },\n})`
  }
}

/**
 * What integrators do with a key: the SDK, how the key is passed, what scopes mean. The
 * server does not serve the SDK's README, so the guide names its section in plain text.
 */
export function SdkGuide({ role }: { role: StaffRole }) {
  const { t } = useTranslation()
  const origin = window.location.origin
  const code = [
    "import { createClient } from '@medbook/sdk'",
    '',
    `const medbook = createClient({ baseUrl: '${origin}', apiKey: process.env.MEDBOOK_API_KEY })`,
    '',
    exampleCall(role, origin),
  ].join('\n')
  return (
    <SectionCard title={t('apiKeys.sdk.title')} description={t('apiKeys.sdk.description')}>
      <div className="flex flex-col gap-4 text-sm text-ink">
        <p>{t('apiKeys.sdk.usage')}</p>
        <p>{t(`apiKeys.sdk.roleExample.${role}`)}</p>
        <pre className="rounded-xl bg-surface-muted p-4 font-mono text-xs leading-relaxed whitespace-pre-wrap wrap-anywhere text-ink">
          <code>{code}</code>
        </pre>
        <p className="text-ink-muted">{t('apiKeys.sdk.scopes')}</p>
        <p className="text-ink-muted">{t(role === 'hospital' ? 'apiKeys.sdk.docsHospital' : 'apiKeys.sdk.docs')}</p>
      </div>
    </SectionCard>
  )
}
