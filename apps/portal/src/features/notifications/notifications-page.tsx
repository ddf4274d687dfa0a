import { Button, NotificationList, PageHeader, useNotificationCentre, useSession } from '@medbook/ui'
import { Settings } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import type { StaffRole } from '../auth/staff-role'
import { notificationPath } from './notification-path'

/** The signed-in user's notifications, newest first by day; opening one leads to what it is about. */
export function NotificationsPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const user = useSession().data
  // the portal's layout shows the centre to staff roles only
  const role: StaffRole = user && user.role !== 'patient' ? user.role : 'hospital'
  const centre = useNotificationCentre((item) => {
    const path = notificationPath(item, role)
    if (path) void navigate(path)
  })
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <PageHeader
        title={t('notifications.title')}
        description={t('notifications.description')}
        actions={
          <Button asChild variant="secondary" size="sm">
            <Link to="/notification-settings">
              <Settings aria-hidden="true" />
              {t('notifications.settings')}
            </Link>
          </Button>
        }
      />
      <NotificationList {...centre} />
    </div>
  )
}
