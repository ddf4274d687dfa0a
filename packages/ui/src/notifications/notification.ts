import { PLATFORM_TIME_ZONE } from '../lib/format'

/** One notification as the centre shows it (the API's notifications.list item). */
export interface NotificationItem {
  id: string
  type: NotificationTypeName
  title: string
  message: string
  relatedTo: { type: string; id: string } | null
  isRead: boolean
  createdAt: Date
  expiresAt: Date | null
}

export type NotificationTypeName =
  | 'appointment_reminder'
  | 'appointment_confirmation'
  | 'appointment_cancelled'
  | 'appointment_rescheduled'
  | 'waitlist_slot_available'
  | 'payment_received'
  | 'payment_refunded'
  | 'new_message'
  | 'review_response'
  | 'verification_update'
  | 'system'
  | 'review_invitation'
  | 'review_moderated'
  | 'medical_record_shared'

/**
 * Notification titles are written in both languages, "Vietnamese / English": the reader sees
 * the half in their language (the whole text when it has no second half).
 */
export function inLanguage(text: string, language: string): string {
  const halves = text.split(' / ')
  if (halves.length !== 2) return text
  const [vi, en] = halves as [string, string]
  return language.startsWith('en') ? en : vi
}

const dayKey = (instant: Date) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: PLATFORM_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant)

export interface NotificationDay {
  /** YYYY-MM-DD in Vietnam's time */
  key: string
  when: 'today' | 'yesterday' | 'earlier'
  items: NotificationItem[]
}

/** Newest-first notifications in runs of one calendar day (Vietnam's), labelled today, yesterday or dated. */
export function groupByDay(items: readonly NotificationItem[], now: Date): NotificationDay[] {
  const today = dayKey(now)
  const yesterday = dayKey(new Date(Date.parse(`${today}T12:00:00Z`) - 86_400_000))
  const days: NotificationDay[] = []
  for (const item of items) {
    const key = dayKey(item.createdAt)
    const last = days.at(-1)
    if (last?.key === key) last.items.push(item)
    else days.push({ key, when: key === today ? 'today' : key === yesterday ? 'yesterday' : 'earlier', items: [item] })
  }
  return days
}
