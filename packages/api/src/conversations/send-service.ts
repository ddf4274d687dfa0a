import type { TMessage, TMessageAttachment, ZSendMessageInput } from '@medbook/contracts'
import type { Prisma, PrismaClient } from '@medbook/db'
import type { z } from 'zod'
import { isUniqueViolation } from '../db-errors.js'
import { AppError } from '../errors.js'
import { emitUserEvent } from '../realtime/emit.js'
import { deskStaffIds, requireMembership, type Viewer } from './access.js'
import { attachmentOf } from './files-service.js'
import { recordMessageNotifications } from './notify.js'
import { messageSelect, speakerName, storedAttachments, toMessage } from './present.js'

type SendInput = z.output<typeof ZSendMessageInput>

const reusedId = () =>
  new AppError('CONFLICT', 'This message id was already used for another message', { field: 'clientMessageId' })

/** A retry of the same send finds its message; the same id for anything else is a CONFLICT. */
async function earlierSend(db: PrismaClient | Prisma.TransactionClient, viewer: Viewer, input: SendInput) {
  const earlier = await db.message.findUnique({
    where: { senderId_clientMessageId: { senderId: viewer.id, clientMessageId: input.clientMessageId } },
    select: messageSelect,
  })
  if (!earlier) return null
  const sameAttachments =
    storedAttachments(earlier.attachments)
      .map((a) => a.id)
      .sort()
      .join() === [...input.attachmentIds].sort().join()
  if (earlier.conversationId !== input.conversationId || earlier.content !== input.content || !sameAttachments) {
    throw reusedId()
  }
  return toMessage(earlier, viewer.id)
}

/** The sender's own uploads not yet sent with a message, in the order given; anything else is refused. */
async function sendersFiles(
  tx: Prisma.TransactionClient,
  viewer: Viewer,
  ids: string[],
): Promise<TMessageAttachment[]> {
  if (ids.length === 0) return []
  if (new Set(ids).size !== ids.length) {
    throw new AppError('BAD_REQUEST', 'The same file is attached twice', { field: 'attachmentIds' })
  }
  const files = await tx.messageFile.findMany({
    where: { id: { in: ids }, uploadedById: viewer.id, messageId: null },
    select: { id: true, fileName: true, mimeType: true, size: true },
  })
  if (files.length !== ids.length) {
    throw new AppError('NOT_FOUND', 'An attached file was not found; upload it again', { field: 'attachmentIds' })
  }
  const byId = new Map(files.map((file) => [file.id, file]))
  return ids.map((id) => attachmentOf(byId.get(id) as (typeof files)[number]))
}

/**
 * Sends a message: one transaction holds the conversation row (FOR UPDATE), writes the message,
 * binds its files, moves the conversation's last message (and brings it back from the archive),
 * notifies the other members and puts the message on every member's live stream.
 */
export async function sendMessage(db: PrismaClient, viewer: Viewer, input: SendInput): Promise<TMessage> {
  try {
    return await db.$transaction(async (tx) => {
      // locked before the membership check, so a handover to the desk running now is seen whole
      await tx.$queryRaw`SELECT id FROM conversations WHERE id = ${input.conversationId}::uuid FOR UPDATE`
      const conversation = await requireMembership(tx, viewer, input.conversationId)
      const retried = await earlierSend(tx, viewer, input)
      if (retried) return retried
      const attachments = await sendersFiles(tx, viewer, input.attachmentIds)
      const message = await tx.message.create({
        data: {
          conversationId: conversation.id,
          senderId: viewer.id,
          senderRole: viewer.role,
          clientMessageId: input.clientMessageId,
          content: input.content,
          attachments,
        },
        select: messageSelect,
      })
      if (attachments.length > 0) {
        const bound = await tx.messageFile.updateMany({
          where: { id: { in: input.attachmentIds }, uploadedById: viewer.id, messageId: null },
          data: { messageId: message.id },
        })
        // another send took one of the files between the check and here
        if (bound.count !== attachments.length) {
          throw new AppError('CONFLICT', 'A file was already sent with another message', { field: 'attachmentIds' })
        }
      }
      if (conversation.atDesk) {
        // staff join the conversation as participants once they write
        await tx.conversationParticipant.upsert({
          where: { conversationId_userId: { conversationId: conversation.id, userId: viewer.id } },
          create: { conversationId: conversation.id, userId: viewer.id, role: 'hospital' },
          update: {},
        })
      }
      await tx.conversation.update({
        where: { id: conversation.id },
        data: { lastMessageId: message.id, updatedAt: message.createdAt, status: 'active' },
      })
      const participants = await tx.conversationParticipant.findMany({
        where: { conversationId: conversation.id, leftAt: null },
        select: { userId: true, role: true },
      })
      const desk = conversation.hospitalId ? await deskStaffIds(tx, conversation.hospitalId) : []
      const members = new Map<string, (typeof participants)[number]['role']>(
        desk.map((userId) => [userId, 'hospital'] as const),
      )
      for (const p of participants) members.set(p.userId, p.role)
      await recordMessageNotifications(
        tx,
        conversation.id,
        [...members].filter(([userId]) => userId !== viewer.id).map(([userId, role]) => ({ userId, role })),
        {
          senderName: speakerName(message.senderRole, message.sender),
          content: message.content,
          attachmentCount: attachments.length,
          createdAt: message.createdAt,
        },
      )
      await emitUserEvent(tx, [...members.keys(), viewer.id], {
        kind: 'message',
        conversationId: conversation.id,
        messageId: message.id,
      })
      return toMessage(message, viewer.id)
    })
  } catch (error) {
    // the same client id committed by a concurrent send: answer as a retry would be answered
    if (isUniqueViolation(error, 'clientMessageId')) {
      const earlier = await earlierSend(db, viewer, input)
      if (earlier) return earlier
    }
    throw error
  }
}
