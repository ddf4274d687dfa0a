import type { TConversationSummary } from '@medbook/contracts'
import type { Prisma, PrismaClient } from '@medbook/db'
import { type ActivityActor, logActivity } from '../audit/log-activity.js'
import { AppError } from '../errors.js'
import { emitUserEvent } from '../realtime/emit.js'
import { deskStaffIds, memberIds, noSuchConversation, requireMembership, type Viewer } from './access.js'
import { readSummary } from './list-service.js'

/** The hospital's active, approved doctors: a desk conversation can be handed to one of them. */
async function doctorUserIds(db: Prisma.TransactionClient, hospitalId: string): Promise<string[]> {
  const doctors = await db.doctor.findMany({
    where: { hospitalId, status: 'approved', user: { status: 'active' } },
    select: { userId: true },
  })
  return doctors.map((doctor) => doctor.userId)
}

/**
 * Staff hand one of their desk's conversations to a colleague at the same hospital (a staff
 * account, or one of its doctors, who then takes part in it), or back to the desk.
 */
export async function assignConversation(
  db: PrismaClient,
  viewer: Viewer,
  actor: ActivityActor,
  input: { conversationId: string; assigneeUserId: string | null },
): Promise<TConversationSummary> {
  await db.$transaction(async (tx) => {
    const conversation = await requireMembership(tx, viewer, input.conversationId)
    if (!conversation.atDesk || !conversation.hospitalId) throw noSuchConversation()
    const assignee = input.assigneeUserId
    const toDoctor = assignee !== null && (await doctorUserIds(tx, conversation.hospitalId)).includes(assignee)
    if (assignee && !toDoctor && !(await deskStaffIds(tx, conversation.hospitalId)).includes(assignee)) {
      throw new AppError('NOT_FOUND', 'No such colleague at your hospital', { field: 'assigneeUserId' })
    }
    if (assignee && toDoctor) {
      await tx.conversationParticipant.upsert({
        where: { conversationId_userId: { conversationId: conversation.id, userId: assignee } },
        create: { conversationId: conversation.id, userId: assignee, role: 'doctor' },
        update: { leftAt: null },
      })
    }
    await tx.conversation.update({
      where: { id: conversation.id },
      data: { assignedToId: input.assigneeUserId, updatedAt: conversation.updatedAt },
    })
    await logActivity(tx, actor, 'assign_conversation', {
      conversationId: conversation.id,
      assigneeUserId: input.assigneeUserId,
    })
    await emitUserEvent(tx, await memberIds(tx, conversation), {
      kind: 'conversation',
      conversationId: conversation.id,
    })
  })
  return readSummary(db, viewer, input.conversationId)
}

/** Archives a conversation or brings it back; a new message brings it back by itself. */
export async function archiveConversation(
  db: PrismaClient,
  viewer: Viewer,
  input: { conversationId: string; archived: boolean },
): Promise<TConversationSummary> {
  await db.$transaction(async (tx) => {
    const conversation = await requireMembership(tx, viewer, input.conversationId)
    const status = input.archived ? 'archived' : 'active'
    if (conversation.status === status) return
    await tx.conversation.update({
      where: { id: conversation.id },
      data: { status, updatedAt: conversation.updatedAt },
    })
    await emitUserEvent(tx, await memberIds(tx, conversation), {
      kind: 'conversation',
      conversationId: conversation.id,
    })
  })
  return readSummary(db, viewer, input.conversationId)
}
