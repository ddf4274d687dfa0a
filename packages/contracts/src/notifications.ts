import { z } from 'zod'
import { type TUserRole, ZNotificationType, ZRelatedToType } from './enums.js'
import { ZCursorPageInput, ZPage } from './pagination.js'

const ZId = z.string().uuid()

/** How many notifications one markRead call may name. */
export const MAX_MARK_READ_IDS = 100

export const ZNotificationChannel = z.enum(['inApp', 'email', 'sms'])
export type TNotificationChannel = z.infer<typeof ZNotificationChannel>

export const ZNotificationChannels = z.object({ inApp: z.boolean(), email: z.boolean(), sms: z.boolean() })
export type TNotificationChannels = z.infer<typeof ZNotificationChannels>

export type TNotificationType = z.infer<typeof ZNotificationType>

/**
 * The channels each type uses until its recipient chooses otherwise (no notification_preferences
 * row). SMS only where a missed message costs a visit (reminders, cancellations, a held slot),
 * and only for recipients with a phone number; email wherever there is something to act on.
 */
export const NOTIFICATION_CHANNEL_DEFAULTS: Record<TNotificationType, TNotificationChannels> = {
  appointment_reminder: { inApp: true, email: true, sms: true },
  appointment_confirmation: { inApp: true, email: true, sms: false },
  appointment_cancelled: { inApp: true, email: true, sms: true },
  appointment_rescheduled: { inApp: true, email: true, sms: true },
  waitlist_slot_available: { inApp: true, email: true, sms: true },
  payment_received: { inApp: true, email: true, sms: false },
  payment_refunded: { inApp: true, email: true, sms: false },
  new_message: { inApp: true, email: true, sms: false },
  review_response: { inApp: true, email: false, sms: false },
  review_invitation: { inApp: true, email: true, sms: false },
  review_moderated: { inApp: true, email: true, sms: false },
  medical_record_shared: { inApp: true, email: true, sms: false },
  verification_update: { inApp: true, email: true, sms: false },
  system: { inApp: true, email: true, sms: false },
}

/** The types each role receives, in the order the preferences table lists them. */
export const NOTIFICATION_TYPES_BY_ROLE: Record<TUserRole, readonly TNotificationType[]> = {
  patient: [
    'appointment_confirmation',
    'appointment_reminder',
    'appointment_rescheduled',
    'appointment_cancelled',
    'waitlist_slot_available',
    'payment_received',
    'payment_refunded',
    'medical_record_shared',
    'new_message',
    'review_invitation',
    'review_moderated',
    'review_response',
    'system',
  ],
  doctor: ['new_message', 'verification_update', 'system'],
  hospital: ['new_message', 'verification_update', 'system'],
  admin: ['new_message', 'system'],
}

/** Verification codes and password resets: sent by the sign-in code itself, never turned off. */
export const SECURITY_NOTIFICATIONS = 'security'
export const ZPreferenceType = z.union([ZNotificationType, z.literal(SECURITY_NOTIFICATIONS)])
export type TPreferenceType = z.infer<typeof ZPreferenceType>

export const ZNotification = z.object({
  id: ZId,
  type: ZNotificationType,
  /** bilingual as written ("Vietnamese / English"); the apps show the half in the reader's language */
  title: z.string().max(500),
  message: z.string().max(2000),
  relatedTo: z.object({ type: ZRelatedToType, id: ZId }).nullable(),
  isRead: z.boolean(),
  createdAt: z.date(),
  /** after this it is gone (a waitlist offer's hold): the apps count down to it */
  expiresAt: z.date().nullable(),
})
export type TNotification = z.infer<typeof ZNotification>

export const ZNotificationListInput = ZCursorPageInput.extend({
  unreadOnly: z.boolean().default(false),
})
export const ZNotificationPage = ZPage(ZNotification)

export const ZUnreadCount = z.object({ count: z.number().int().min(0) })

export const ZMarkNotificationsReadInput = z.object({
  ids: z.array(ZId).min(1).max(MAX_MARK_READ_IDS),
})
/** how many of the caller's own notifications changed, and what is left unread */
export const ZMarkReadResult = z.object({ marked: z.number().int().min(0), unreadCount: z.number().int().min(0) })

export const ZNotificationPreference = ZNotificationChannels.extend({
  type: ZPreferenceType,
  /** security messages: shown, never changed */
  locked: z.boolean(),
  /** the channels when nothing was chosen */
  defaults: ZNotificationChannels,
})
export type TNotificationPreference = z.infer<typeof ZNotificationPreference>
export const ZNotificationPreferences = z.object({
  items: z.array(ZNotificationPreference),
  /** SMS needs a phone number on the account */
  hasPhone: z.boolean(),
})

export const ZSetNotificationPreferenceInput = z
  .object({
    type: ZPreferenceType,
    inApp: z.boolean().optional(),
    email: z.boolean().optional(),
    sms: z.boolean().optional(),
  })
  .refine((input) => input.inApp !== undefined || input.email !== undefined || input.sms !== undefined, {
    message: 'Choose at least one channel to change',
  })

export const ZDeliveryFailuresInput = z.object({ appointmentIds: z.array(ZId).min(1).max(100) })
/** the patient's notifications about these appointments that could not be delivered, newest first */
export const ZDeliveryFailures = z.object({
  items: z.array(
    z.object({
      appointmentId: ZId,
      notificationId: ZId,
      type: ZNotificationType,
      createdAt: z.date(),
    }),
  ),
})
