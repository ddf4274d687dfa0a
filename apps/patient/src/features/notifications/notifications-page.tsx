import { Button, NotificationList, useNotificationCentre } from '@medbook/ui'
import { Settings } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { RequirePatient } from '../auth/require-patient'
import { notificationPath } from './notification-path'

export function NotificationsPage() {
  return (
    <RequirePatient>
      <NotificationCentre />
    </RequirePatient>
  )
}

/** Every notification of the patient, newest first by day; opening one leads to what it is about. */
function NotificationCentre() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const centre = useNotificationCentre((item) => {
    const path = notificationPath(item)
    if (path) void navigate(path)
  })
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-6 sm:px-6 sm:py-10">
      <div className="flex items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold tracking-tight text-ink sm:text-3xl">{t('notifications.title')}</h1>
          <p className="mt-1 text-sm text-ink-muted sm:text-base">{t('notifications.description')}</p>
        </div>
        <Button asChild variant="ghost" size="icon" title={t('notifications.settings')}>
          <Link to="/account/notifications" aria-label={t('notifications.settings')}>
            <Settings aria-hidden="true" />
          </Link>
        </Button>
      </div>
      <NotificationList {...centre} />
    </div>
  )
}
