import {
  type NotificationChannel,
  NotificationPreferencesTable,
  PageHeader,
  toast,
  useServerErrorText,
} from '@medbook/ui'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'

/** Which channels each kind of notification uses; security messages are shown locked. */
export function NotificationSettingsPage() {
  const { t } = useTranslation('ui')
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const serverErrorText = useServerErrorText()
  const preferences = useQuery(trpc.notifications.preferences.queryOptions())
  const save = useMutation(
    trpc.notifications.setPreference.mutationOptions({
      onSuccess: () => toast(t('notificationCentre.preferences.saved')),
      onError: (error) => toast(serverErrorText(error), { tone: 'danger' }),
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.notifications.pathKey() }),
    }),
  )
  const saving = save.isPending && save.variables ? `${save.variables.type}:${channelOf(save.variables)}` : null

  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <PageHeader
        title={t('notificationCentre.preferences.title')}
        description={t('notificationCentre.preferences.description')}
      />
      <NotificationPreferencesTable
        preferences={preferences.data}
        failed={preferences.isError}
        onRetry={() => void preferences.refetch()}
        saving={saving}
        onChange={(type, channel: NotificationChannel, on) => save.mutate({ type, [channel]: on })}
      />
    </div>
  )
}

function channelOf(variables: { inApp?: boolean; email?: boolean; sms?: boolean }): NotificationChannel {
  if (variables.inApp !== undefined) return 'inApp'
  if (variables.email !== undefined) return 'email'
  return 'sms'
}
