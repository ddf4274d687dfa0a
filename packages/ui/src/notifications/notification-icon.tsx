import {
  BellRing,
  CalendarCheck,
  CalendarClock,
  CalendarX,
  FileText,
  Hourglass,
  Info,
  type LucideIcon,
  MessageCircle,
  ReceiptText,
  ShieldCheck,
  Star,
  Undo2,
} from 'lucide-react'
import { cn } from '../lib/cn'
import type { NotificationTypeName } from './notification'

const ICONS: Record<NotificationTypeName, { icon: LucideIcon; tone: string }> = {
  appointment_reminder: { icon: BellRing, tone: 'bg-primary-50 text-primary-700' },
  appointment_confirmation: { icon: CalendarCheck, tone: 'bg-success-50 text-success-700' },
  appointment_cancelled: { icon: CalendarX, tone: 'bg-danger-50 text-danger-700' },
  appointment_rescheduled: { icon: CalendarClock, tone: 'bg-warning-50 text-warning-800' },
  waitlist_slot_available: { icon: Hourglass, tone: 'bg-accent-50 text-accent-800' },
  payment_received: { icon: ReceiptText, tone: 'bg-success-50 text-success-700' },
  payment_refunded: { icon: Undo2, tone: 'bg-primary-50 text-primary-700' },
  new_message: { icon: MessageCircle, tone: 'bg-primary-50 text-primary-700' },
  review_response: { icon: Star, tone: 'bg-warning-50 text-warning-800' },
  review_invitation: { icon: Star, tone: 'bg-warning-50 text-warning-800' },
  review_moderated: { icon: Star, tone: 'bg-surface-muted text-ink-muted' },
  medical_record_shared: { icon: FileText, tone: 'bg-accent-50 text-accent-800' },
  verification_update: { icon: ShieldCheck, tone: 'bg-success-50 text-success-700' },
  system: { icon: Info, tone: 'bg-surface-muted text-ink-muted' },
}

export function NotificationIcon({ type, className }: { type: NotificationTypeName; className?: string }) {
  const { icon: Icon, tone } = ICONS[type] ?? ICONS.system
  return (
    <span className={cn('inline-flex size-10 shrink-0 items-center justify-center rounded-full', tone, className)}>
      <Icon className="size-5" aria-hidden="true" />
    </span>
  )
}
