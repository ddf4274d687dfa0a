import type { notificationsVi } from '../vi/notifications'

export const notificationsEn: typeof notificationsVi = {
  title: 'Notifications',
  description: 'Your appointments, reminders, payments, records and messages.',
  settings: 'Notification settings',
}
