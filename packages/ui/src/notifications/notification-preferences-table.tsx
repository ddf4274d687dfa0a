import { Lock } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Card } from '../components/card'
import { ErrorState } from '../components/error-state'
import { Notice } from '../components/notice'
import { Skeleton } from '../components/skeleton'
import { Switch } from '../components/switch'
import { useEnumLabel } from '../i18n/use-enum-label'
import type { NotificationTypeName } from './notification'

export type NotificationChannel = 'inApp' | 'email' | 'sms'

export interface NotificationPreferenceRow {
  type: NotificationTypeName | 'security'
  inApp: boolean
  email: boolean
  sms: boolean
  locked: boolean
}

export interface NotificationPreferencesTableProps {
  /** undefined while loading */
  preferences: { items: readonly NotificationPreferenceRow[]; hasPhone: boolean } | undefined
  failed: boolean
  onRetry: () => void
  onChange: (type: NotificationTypeName, channel: NotificationChannel, on: boolean) => void
  /** the switch being saved, "type:channel" */
  saving?: string | null
}

const CHANNELS: readonly NotificationChannel[] = ['inApp', 'email', 'sms']

/** Types × channels with a switch each; the security row is shown locked. */
export function NotificationPreferencesTable({
  preferences,
  failed,
  onRetry,
  onChange,
  saving,
}: NotificationPreferencesTableProps) {
  const { t } = useTranslation('ui')
  const enumLabel = useEnumLabel()
  if (failed) return <ErrorState title={t('notificationCentre.preferences.errorTitle')} onRetry={onRetry} />
  if (!preferences) return <Skeleton className="h-96 rounded-2xl" />
  const channelName = (channel: NotificationChannel) => t(`notificationCentre.preferences.${channel}`)
  return (
    <div className="flex flex-col gap-4">
      {preferences.hasPhone ? null : <Notice tone="info">{t('notificationCentre.preferences.noPhone')}</Notice>}
      <Card className="overflow-x-auto p-0">
        <table className="w-full min-w-[22rem] text-sm">
          <caption className="sr-only">{t('notificationCentre.preferences.title')}</caption>
          <thead>
            <tr className="border-b border-border text-left text-xs text-ink-muted">
              <th scope="col" className="px-4 py-3 font-semibold">
                {t('notificationCentre.preferences.type')}
              </th>
              {CHANNELS.map((channel) => (
                <th key={channel} scope="col" className="px-2 py-3 text-center font-semibold sm:px-4">
                  {channelName(channel)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {preferences.items.map((row) => {
              const label =
                row.type === 'security'
                  ? t('notificationCentre.preferences.security')
                  : enumLabel('NotificationType', row.type)
              return (
                <tr key={row.type} data-testid={`preference-${row.type}`}>
                  <th scope="row" className="px-4 py-3 text-left font-medium text-ink">
                    <span className="flex items-center gap-1.5">
                      {row.locked ? <Lock className="size-3.5 text-ink-muted" aria-hidden="true" /> : null}
                      {label}
                    </span>
                    {row.locked ? (
                      <span className="mt-0.5 block text-xs font-normal text-ink-muted">
                        {t('notificationCentre.preferences.securityHint')}
                      </span>
                    ) : null}
                  </th>
                  {CHANNELS.map((channel) => {
                    const type = row.type
                    const smsUnavailable = channel === 'sms' && !preferences.hasPhone
                    return (
                      <td key={channel} className="px-2 py-3 text-center sm:px-4">
                        <Switch
                          checked={row[channel]}
                          disabled={row.locked || smsUnavailable || saving === `${row.type}:${channel}`}
                          aria-label={t('notificationCentre.preferences.switchLabel', {
                            channel: channelName(channel),
                            type: label,
                          })}
                          title={row.locked ? t('notificationCentre.preferences.locked') : undefined}
                          onCheckedChange={(on) => {
                            if (type !== 'security') onChange(type, channel, on)
                          }}
                        />
                      </td>
                    )
                  })}
                </tr>
              )
            })}
          </tbody>
        </table>
      </Card>
    </div>
  )
}
