import type { NotificationItem } from '@medbook/ui'

/** Where a notification leads in the patient app: the page of what it is about, if it has one. */
export function notificationPath(item: NotificationItem): string | null {
  const related = item.relatedTo
  if (!related) return null
  switch (related.type) {
    case 'appointment':
      return `/appointments/${related.id}`
    case 'medical_record':
      return `/records/${related.id}`
    case 'payment':
      return `/payments/${related.id}`
    case 'conversation':
      return `/messages/${related.id}`
    // a review is read on its visit's page; the visits list leads there
    case 'review':
      return '/appointments'
    case 'doctor':
      return `/doctors/${related.id}`
    case 'hospital':
      return `/hospitals/${related.id}`
    default:
      return null
  }
}
