import type { Prisma } from '@medbook/db'
import { emitUserEvent } from '../realtime/emit.js'

const TITLE = 'Tin nhắn mới / New message'
const PREVIEW_LENGTH = 140

function preview(senderName: string, content: string, attachmentCount: number): string {
  const text = content.length > PREVIEW_LENGTH ? `${content.slice(0, PREVIEW_LENGTH - 1)}…` : content
  return `${senderName}: ${text || `📎 ${attachmentCount} tệp / file(s)`}`
}

/**
 * One unread "new message" notification per recipient and conversation: a later message updates
 * it (text and time) instead of stacking another. In-app only (deliveryStatus "sent"): message
 * text never goes out by email. The insert trigger announces new rows; an update is announced here.
 */
export async function recordMessageNotifications(
  tx: Prisma.TransactionClient,
  conversationId: string,
  recipients: { userId: string; role: 'patient' | 'doctor' | 'hospital' | 'admin' }[],
  message: { senderName: string; content: string; attachmentCount: number; createdAt: Date },
): Promise<void> {
  const text = preview(message.senderName, message.content, message.attachmentCount)
  const unread = await tx.notification.findMany({
    where: {
      recipientId: { in: recipients.map((recipient) => recipient.userId) },
      type: 'new_message',
      relatedToType: 'conversation',
      relatedToId: conversationId,
      isRead: false,
    },
    orderBy: { createdAt: 'desc' },
    select: { id: true, recipientId: true },
  })
  // the newest unread one per recipient is kept up to date
  const updating = new Map<string, string>()
  for (const row of unread) if (!updating.has(row.recipientId)) updating.set(row.recipientId, row.id)
  if (updating.size > 0) {
    await tx.notification.updateMany({
      where: { id: { in: [...updating.values()] } },
      data: { message: text, createdAt: message.createdAt },
    })
    for (const [userId, notificationId] of updating) {
      await emitUserEvent(tx, [userId], { kind: 'notification', notificationId })
    }
  }
  const creating = recipients.filter((recipient) => !updating.has(recipient.userId))
  if (creating.length > 0) {
    await tx.notification.createMany({
      data: creating.map((recipient) => ({
        recipientId: recipient.userId,
        recipientRole: recipient.role,
        type: 'new_message' as const,
        title: TITLE,
        message: text,
        relatedToType: 'conversation' as const,
        relatedToId: conversationId,
        createdAt: message.createdAt,
      })),
    })
  }
}
