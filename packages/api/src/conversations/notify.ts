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
  for (const recipient of recipients) {
    const unread = await tx.notification.findFirst({
      where: {
        recipientId: recipient.userId,
        type: 'new_message',
        relatedToType: 'conversation',
        relatedToId: conversationId,
        isRead: false,
      },
      orderBy: { createdAt: 'desc' },
      select: { id: true },
    })
    if (unread) {
      await tx.notification.update({
        where: { id: unread.id },
        data: { message: text, createdAt: message.createdAt },
      })
      await emitUserEvent(tx, [recipient.userId], { kind: 'notification', notificationId: unread.id })
      continue
    }
    await tx.notification.create({
      data: {
        recipientId: recipient.userId,
        recipientRole: recipient.role,
        type: 'new_message',
        title: TITLE,
        message: text,
        relatedToType: 'conversation',
        relatedToId: conversationId,
        createdAt: message.createdAt,
      },
    })
  }
}
