/**
 * What the conversation screens read of @medbook/contracts' ZMessage and ZConversationSummary
 * (the UI package does not depend on contracts; the apps pass the API's objects straight in).
 */
export interface ChatAttachment {
  id: string
  name: string
  mimeType: string
  size: number
  type: 'image' | 'document'
  url: string
}

export interface ChatMessage {
  id: string
  clientMessageId: string | null
  senderId: string
  senderName: string
  content: string
  attachments: ChatAttachment[]
  /** read by the other side */
  isRead: boolean
  createdAt: Date
  mine: boolean
}

export interface ChatConversation {
  id: string
  title: string
  appointment: { id: string; appointmentDate: string; startTime: string; doctorName: string } | null
  lastMessage: { content: string; senderId: string; createdAt: Date; hasAttachments: boolean } | null
  assignedTo: { userId: string; name: string } | null
  unreadCount: number
  updatedAt: Date
}

/** The contract's limits, passed in by the apps. */
export interface ChatLimits {
  maxLength: number
  maxAttachments: number
  maxFileBytes: number
  fileTypes: readonly string[]
}

export interface SendMessageInput {
  clientMessageId: string
  content: string
  attachmentIds: string[]
}
