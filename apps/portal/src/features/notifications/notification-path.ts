import type { NotificationItem } from '@medbook/ui'
import type { StaffRole } from '../auth/staff-role'

/** Where a notification leads in the portal for this role: the page of what it is about, if there is one. */
export function notificationPath(item: NotificationItem, role: StaffRole): string | null {
  if (item.type === 'verification_update' && role !== 'admin') return '/verification-documents'
  const related = item.relatedTo
  if (!related) return null
  switch (related.type) {
    case 'conversation':
      return `/messages/${related.id}`
    case 'appointment':
      return role === 'admin' ? null : '/schedule'
    case 'medical_record':
      return role === 'doctor' ? '/my-patients' : null
    case 'review':
      return role === 'admin' ? '/review-moderation' : '/reviews'
    case 'payment':
      if (role === 'admin') return '/admin-payments'
      return role === 'hospital' ? '/payments' : null
    default:
      return null
  }
}
