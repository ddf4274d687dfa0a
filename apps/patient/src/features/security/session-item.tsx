import type { ZSessionInfo } from '@medbook/contracts'
import { Badge, Button, formatDateTime, PLATFORM_TIME_ZONE } from '@medbook/ui'
import { Monitor, Smartphone } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { describeDevice } from './describe-device'

interface SessionItemProps {
  session: z.infer<typeof ZSessionInfo>
  onRevoke: () => void
  revoking: boolean
}

export function SessionItem({ session, onRevoke, revoking }: SessionItemProps) {
  const { t, i18n } = useTranslation()
  const device = describeDevice(session.userAgent)
  const Icon = device.mobile ? Smartphone : Monitor
  const name =
    device.browser && device.system
      ? t('security.sessions.browserOn', { browser: device.browser, system: device.system })
      : (device.browser ?? device.system ?? t('security.sessions.unknownDevice'))

  return (
    <li className="flex flex-col gap-3 py-4 first:pt-0 last:pb-0 sm:flex-row sm:items-center">
      <div className="flex min-w-0 flex-1 gap-3">
        <span className="inline-flex size-10 shrink-0 items-center justify-center rounded-xl bg-surface-muted text-ink-muted">
          <Icon className="size-5" aria-hidden="true" />
        </span>
        <div className="min-w-0">
          <p className="flex flex-wrap items-center gap-2 font-medium text-ink">
            {name}
            {session.current ? <Badge tone="success">{t('security.sessions.thisDevice')}</Badge> : null}
          </p>
          <p className="mt-0.5 text-sm text-ink-muted">
            {t('security.sessions.lastActive', {
              time: formatDateTime(session.lastUsedAt, i18n.language, PLATFORM_TIME_ZONE),
            })}
          </p>
          <p className="text-sm text-ink-muted">
            {t('security.sessions.signedIn', {
              time: formatDateTime(session.createdAt, i18n.language, PLATFORM_TIME_ZONE),
            })}
            {session.ipAddress ? ` · ${t('security.sessions.ip', { ip: session.ipAddress })}` : null}
          </p>
        </div>
      </div>
      {session.current ? null : (
        <Button
          variant="secondary"
          size="sm"
          className="self-start sm:self-center"
          loading={revoking}
          onClick={onRevoke}
        >
          {t('security.sessions.revoke')}
          <span className="sr-only"> {name}</span>
        </Button>
      )}
    </li>
  )
}
