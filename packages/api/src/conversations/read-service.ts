import type { PrismaClient } from '@medbook/db'
import { AppError } from '../errors.js'
import { emitUserEvent } from '../realtime/emit.js'
import { memberIds, requireMembership, type Viewer } from './access.js'

/**
 * The viewer has read a conversation up to a message: their read receipt moves forward (never
 * back), the others' messages up to it are read, their "new message" notification is read, and
 * every member learns it (receipts on the sender's screen, badges on the viewer's other tabs).
 */
export async function markConversationRead(
  db: PrismaClient,
  viewer: Viewer,
  input: { conversationId: string; upToMessageId: string },
): Promise<{ lastReadAt: Date }> {
  return db.$transaction(async (tx) => {
    const conversation = await requireMembership(tx, viewer, input.conversationId)
    const upTo = await tx.message.findFirst({
      where: { id: input.upToMessageId, conversationId: conversation.id },
      select: { id: true, createdAt: true },
    })
    if (!upTo) throw new AppError('NOT_FOUND', 'No such message in this conversation', { field: 'upToMessageId' })
    const key = { conversationId_userId: { conversationId: conversation.id, userId: viewer.id } }
    const current = await tx.conversationParticipant.findUnique({ where: key, select: { lastReadAt: true } })
    const lastReadAt = current?.lastReadAt && current.lastReadAt > upTo.createdAt ? current.lastReadAt : upTo.createdAt
    if (current) await tx.conversationParticipant.update({ where: key, data: { lastReadAt } })
    else {
      // staff at the desk: the first read makes them a participant, so their receipt has a row
      await tx.conversationParticipant.create({
        data: { conversationId: conversation.id, userId: viewer.id, role: 'hospital', lastReadAt },
      })
    }
    await tx.message.updateMany({
      where: {
        conversationId: conversation.id,
        senderId: { not: viewer.id },
        createdAt: { lte: upTo.createdAt },
        isRead: false,
      },
      data: { isRead: true },
    })
    await tx.notification.updateMany({
      where: {
        recipientId: viewer.id,
        type: 'new_message',
        relatedToType: 'conversation',
        relatedToId: conversation.id,
        isRead: false,
      },
      data: { isRead: true },
    })
    await emitUserEvent(tx, await memberIds(tx, conversation), {
      kind: 'read',
      conversationId: conversation.id,
      readerId: viewer.id,
      upToMessageId: upTo.id,
    })
    return { lastReadAt }
  })
}
