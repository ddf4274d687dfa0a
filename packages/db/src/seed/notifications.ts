import type {
  DeliveryStatus,
  Notification,
  NotificationType,
  Payment,
  RelatedToType,
  Review,
  UserRole,
} from '../generated/prisma/client.js'
import type { Visit } from './appointments.js'
import { type Random, Weighted } from './random.js'
import { DAY, HOUR, MINUTE } from './time.js'

const DELIVERY = new Weighted<DeliveryStatus>([
  ['delivered', 90],
  ['sent', 8],
  ['failed', 2],
])

/** reminders.offsetsMinutes: reminders go out a day and two hours ahead */
export const REMINDER_OFFSETS_MINUTES = [1440, 120] as const

/** Notifications older than this have been cleaned up, so only recent visits get any. */
export const NOTIFICATION_HISTORY = 30 * DAY

export interface NotificationDraft {
  recipientId: string
  recipientRole: UserRole
  type: NotificationType
  title: string
  message: string
  relatedTo: { type: RelatedToType; id: string } | null
  at: Date
  /** set where the sender must never send the same notification twice */
  dedupeKey?: string
}

export function buildNotification(random: Random, draft: NotificationDraft, now: Date): Notification {
  const age = now.getTime() - draft.at.getTime()
  return {
    id: random.uuid(),
    recipientId: draft.recipientId,
    recipientRole: draft.recipientRole,
    type: draft.type,
    title: draft.title,
    message: draft.message,
    relatedToType: draft.relatedTo?.type ?? null,
    relatedToId: draft.relatedTo?.id ?? null,
    isRead: age > 3 * DAY ? random.chance(0.85) : random.chance(0.3),
    createdAt: draft.at,
    expiresAt: new Date(draft.at.getTime() + 90 * DAY),
    deliveryStatus: DELIVERY.draw(random),
    dedupeKey: draft.dedupeKey ?? null,
  }
}

/** "08:30 ngày 24/11/2026", Vietnam time (formatted by hand: Intl is slow at a million calls). */
function clock(instant: Date): string {
  const [date = '', time = ''] = new Date(instant.getTime() + 7 * HOUR).toISOString().split('T')
  const [year, month, day] = date.split('-')
  return `${time.slice(0, 5)} ngày ${day}/${month}/${year}`
}

/** "350.000 ₫" */
function formatVnd(amount: number): string {
  return `${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} ₫`
}

/** What the patient (and sometimes the doctor) was told about one visit. */
export function visitNotifications(
  random: Random,
  visit: Visit,
  payments: readonly Payment[],
  reviews: readonly Review[],
) {
  const { appointment, now } = visit
  if (appointment.startsAt.getTime() < now.getTime() - NOTIFICATION_HISTORY) return []
  const patient = { recipientId: visit.patientUserId, recipientRole: 'patient' as const }
  const about = { type: 'appointment' as const, id: appointment.id }
  const when = clock(appointment.startsAt)
  const drafts: NotificationDraft[] = []
  if (appointment.confirmationSent) {
    drafts.push({
      ...patient,
      type: 'appointment_confirmation',
      title: 'Đặt lịch thành công',
      message: `Lịch khám của bạn lúc ${when} đã được xác nhận.`,
      relatedTo: about,
      at: new Date(appointment.createdAt.getTime() + MINUTE),
    })
  }
  if (appointment.reminderSent) {
    for (const minutes of REMINDER_OFFSETS_MINUTES) {
      drafts.push({
        ...patient,
        type: 'appointment_reminder',
        title: 'Nhắc lịch khám',
        message: `Bạn có lịch khám lúc ${when}. Vui lòng đến trước 15 phút.`,
        relatedTo: about,
        at: new Date(appointment.startsAt.getTime() - minutes * MINUTE),
        dedupeKey: `reminder:${appointment.id}:${minutes}`,
      })
    }
  }
  if (appointment.status === 'cancelled' && visit.changedAt) {
    drafts.push({
      ...patient,
      type: 'appointment_cancelled',
      title: 'Lịch khám đã bị hủy',
      message: `Lịch khám lúc ${when} đã bị hủy. Lý do: ${appointment.cancellationReason ?? 'không rõ'}.`,
      relatedTo: about,
      at: visit.changedAt,
    })
    if (appointment.cancelledBy === 'patient') {
      drafts.push({
        recipientId: visit.doctor.userId,
        recipientRole: 'doctor',
        type: 'appointment_cancelled',
        title: 'Bệnh nhân hủy lịch',
        message: `Một bệnh nhân đã hủy lịch khám lúc ${when}.`,
        relatedTo: about,
        at: visit.changedAt,
      })
    }
  }
  if (appointment.status === 'rescheduled' && visit.changedAt) {
    drafts.push({
      ...patient,
      type: 'appointment_rescheduled',
      title: 'Lịch khám đã được dời',
      message: `Lịch khám lúc ${when} đã được chuyển sang thời gian mới.`,
      relatedTo: about,
      at: visit.changedAt,
    })
  }
  for (const payment of payments) {
    if (payment.status === 'completed' || payment.status === 'refunded') {
      drafts.push({
        ...patient,
        type: 'payment_received',
        title: 'Thanh toán thành công',
        message: `Đã nhận ${formatVnd(payment.amount)} cho lịch khám lúc ${when}.`,
        relatedTo: { type: 'payment', id: payment.id },
        at: payment.paymentDate ?? payment.createdAt,
      })
    }
    if (payment.status === 'refunded' && payment.refundDate && payment.refundAmount !== null) {
      drafts.push({
        ...patient,
        type: 'payment_refunded',
        title: 'Hoàn tiền',
        message: `Đã hoàn ${formatVnd(payment.refundAmount)} vào phương thức thanh toán của bạn.`,
        relatedTo: { type: 'payment', id: payment.id },
        at: payment.refundDate,
      })
    }
  }
  for (const review of reviews) {
    if (review.respondedAt) {
      drafts.push({
        ...patient,
        type: 'review_response',
        title: 'Đánh giá của bạn đã được phản hồi',
        message: review.responseText ?? '',
        relatedTo: { type: 'review', id: review.id },
        at: review.respondedAt,
      })
    }
  }
  return drafts
    .filter((draft) => draft.at.getTime() <= now.getTime())
    .map((draft) => buildNotification(random, draft, now))
}

/** A doctor hears about its account review; approved ones some weeks ago, pending ones not yet. */
export function verificationNotification(
  random: Random,
  doctorUserId: string,
  status: string,
  createdAt: Date,
  now: Date,
) {
  const at = new Date(Math.min(createdAt.getTime() + random.between(HOUR, 5 * DAY), now.getTime()))
  const message =
    status === 'approved'
      ? 'Hồ sơ bác sĩ của bạn đã được duyệt. Bệnh nhân có thể đặt lịch với bạn.'
      : status === 'rejected'
        ? 'Hồ sơ bác sĩ của bạn chưa được duyệt: chứng chỉ hành nghề chưa rõ ràng. Vui lòng tải lên bản scan mới.'
        : 'Hồ sơ của bạn đang được xem xét. Chúng tôi sẽ phản hồi trong 2 ngày làm việc.'
  return buildNotification(
    random,
    {
      recipientId: doctorUserId,
      recipientRole: 'doctor',
      type: 'verification_update',
      title: 'Cập nhật xác minh hồ sơ',
      message,
      relatedTo: null,
      at,
    },
    now,
  )
}
