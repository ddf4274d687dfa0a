import type { notificationsVi } from '../vi/notifications'

export const notificationsEn: typeof notificationsVi = {
  title: 'Notifications',
  description: 'Your messages, verification decisions and system notices.',
  settings: 'Notification settings',
  deliveryFailed: 'Patient not notified',
  deliveryFailedDetail: 'Could not deliver: {{types}}. Call the patient to let them know.',
}
