import type { Prisma } from '@medbook/db'
import { emitUserEvent } from '../realtime/emit.js'
import { memberIds } from './access.js'

/**
 * A doctor leaves the hospital: their conversations about its patients' visits go to the
 * hospital's desk, and the doctor's participant row is closed (the history stays, they can no
 * longer read or write it). Runs in the deactivation's transaction.
 */
export async function handConversationsToDesk(
  tx: Prisma.TransactionClient,
  doctorUserId: string,
  hospitalId: string,
  now: Date,
): Promise<number> {
  const conversations = await tx.conversation.findMany({
    where: {
      appointment: { hospitalId },
      participants: { some: { userId: doctorUserId, leftAt: null } },
    },
    select: { id: true },
  })
  for (const { id } of conversations) {
    // the doctor hears it too, so their open screens drop the conversation
    const before = await memberIds(tx, { id, hospitalId: null })
    await tx.conversation.update({ where: { id }, data: { hospitalId } })
    await tx.conversationParticipant.update({
      where: { conversationId_userId: { conversationId: id, userId: doctorUserId } },
      data: { leftAt: now },
    })
    const after = await memberIds(tx, { id, hospitalId })
    await emitUserEvent(tx, [...new Set([...before, ...after])], { kind: 'conversation', conversationId: id })
  }
  return conversations.length
}
