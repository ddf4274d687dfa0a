import { z } from 'zod'
import { ZConversationStatus, ZUserRole } from './enums.js'
import { ZInstant } from './json-shapes.js'
import { ZCursorPageInput, ZPage } from './pagination.js'

/** The longest message (messages_content_check). */
export const MAX_MESSAGE_LENGTH = 4000
/** Files per message. */
export const MAX_MESSAGE_ATTACHMENTS = 5
/** One attachment: an image or a PDF, checked by its bytes. */
export const MAX_MESSAGE_FILE_BYTES = 10 * 1024 * 1024
/** What a message attachment may be, by its content (not its name). */
export const MESSAGE_FILE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const

const ZId = z.string().uuid()

/**
 * Who a conversation is with. A patient picks one of their doctors or hospitals (an appointment
 * there, past or upcoming); staff and doctors pick one of their hospital's patients; admins anyone.
 */
export const ZStartConversationInput = z.discriminatedUnion('with', [
  /** patient → the doctor of one of their appointments */
  z.object({ with: z.literal('doctor'), appointmentId: ZId }),
  /** patient → the desk (staff) of the hospital of one of their appointments */
  z.object({ with: z.literal('desk'), appointmentId: ZId }),
  /** doctor or staff → a patient with an appointment at their hospital (about that appointment) */
  z.object({ with: z.literal('patient'), appointmentId: ZId }),
  /** admin → any user (support) */
  z.object({ with: z.literal('user'), userId: ZId }),
])

export const ZConversationIdInput = z.object({ conversationId: ZId })

export const ZConversationListInput = ZCursorPageInput.extend({
  status: ZConversationStatus.default('active'),
  unreadOnly: z.boolean().default(false),
  /** staff: only conversations assigned to me */
  assignedToMe: z.boolean().default(false),
})

export const ZMessagesInput = ZCursorPageInput.extend({
  conversationId: ZId,
  limit: z.number().int().min(1).max(100).default(30),
})

export const ZSendMessageInput = z
  .object({
    conversationId: ZId,
    /** the sender's own id for this message (a UUID made by the client): a retried send is one message */
    clientMessageId: ZId,
    content: z.string().trim().max(MAX_MESSAGE_LENGTH, 'too_long').default(''),
    /** ids returned by POST /uploads/message-file, uploaded by the sender */
    attachmentIds: z.array(ZId).max(MAX_MESSAGE_ATTACHMENTS, 'too_many').default([]),
  })
  .refine((input) => input.content.length > 0 || input.attachmentIds.length > 0, {
    message: 'empty_message',
    path: ['content'],
  })

export const ZMarkConversationReadInput = z.object({
  conversationId: ZId,
  /** everything up to and including this message is read */
  upToMessageId: ZId,
})

export const ZAssignConversationInput = z.object({
  conversationId: ZId,
  /** a staff member of the conversation's hospital, or null to give it back to the desk */
  assigneeUserId: ZId.nullable(),
})

export const ZArchiveConversationInput = z.object({ conversationId: ZId, archived: z.boolean() })

export const ZMessageAttachment = z.object({
  /** message_files.id; the file is read from /files/messages/<id> by the conversation's participants */
  id: z.string(),
  name: z.string(),
  /** image/jpeg, image/png, image/webp or application/pdf */
  mimeType: z.string(),
  size: z.number().int(),
  type: z.enum(['image', 'document']),
  url: z.string(),
})

export const ZMessage = z.object({
  id: ZId,
  conversationId: ZId,
  clientMessageId: z.string().nullable(),
  senderId: ZId,
  senderRole: ZUserRole,
  senderName: z.string(),
  /** plain text: clients show it as text, never as HTML */
  content: z.string(),
  attachments: z.array(ZMessageAttachment),
  /** read by the other side (every other participant for a 1:1, anyone at the desk) */
  isRead: z.boolean(),
  createdAt: ZInstant,
  mine: z.boolean(),
})

export const ZConversationParticipant = z.object({
  userId: ZId,
  role: ZUserRole,
  name: z.string(),
  /** when they last read the conversation (read receipts) */
  lastReadAt: ZInstant.nullable(),
  /** a doctor who left the hospital: the desk took the conversation over */
  left: z.boolean(),
})

export const ZConversationSummary = z.object({
  id: ZId,
  status: ZConversationStatus,
  /** the other side as the viewer sees it: "BS Lý Minh Khoa", "Bệnh viện An Phước (quầy)", a patient's name */
  title: z.string(),
  participants: z.array(ZConversationParticipant),
  hospital: z.object({ id: ZId, name: z.string() }).nullable(),
  appointment: z
    .object({ id: ZId, appointmentDate: z.string(), startTime: z.string(), doctorName: z.string() })
    .nullable(),
  assignedTo: z.object({ userId: ZId, name: z.string() }).nullable(),
  lastMessage: z
    .object({ content: z.string(), senderId: ZId, createdAt: ZInstant, hasAttachments: z.boolean() })
    .nullable(),
  unreadCount: z.number().int(),
  updatedAt: ZInstant,
})

export const ZConversationPage = ZPage(ZConversationSummary)
export const ZMessagePage = ZPage(ZMessage)
export const ZUnreadMessagesCount = z.object({ total: z.number().int(), conversations: z.number().int() })

export type TStartConversationInput = z.infer<typeof ZStartConversationInput>
export type TSendMessageInput = z.input<typeof ZSendMessageInput>
export type TMessage = z.infer<typeof ZMessage>
export type TMessageAttachment = z.infer<typeof ZMessageAttachment>
export type TConversationSummary = z.infer<typeof ZConversationSummary>
export type TConversationPage = z.infer<typeof ZConversationPage>
export type TMessagePage = z.infer<typeof ZMessagePage>
