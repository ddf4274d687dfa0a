import type { TUserRole } from '@medbook/contracts'
import type { Prisma, PrismaClient } from '@medbook/db'
import type { Auth } from '../context.js'
import { AppError } from '../errors.js'

export type Db = PrismaClient | Prisma.TransactionClient

/** Who is reading or writing, as conversations see them. */
export interface Viewer {
  id: string
  role: TUserRole
  /** a staff account: the hospital whose desk it answers for */
  deskHospitalId: string | null
}

export function viewerOf(auth: Auth): Viewer {
  const { user } = auth
  return {
    id: user.id,
    role: user.role,
    deskHospitalId: user.role === 'hospital' && user.status === 'active' ? user.hospitalId : null,
  }
}

/** The same answer for a conversation that does not exist and one the caller is not in. */
export const noSuchConversation = () => new AppError('NOT_FOUND', 'No such conversation')

/**
 * Conversations the viewer is in: a participant who has not left, or (staff) the hospital's desk.
 * A Prisma filter, so every query that lists or reads conversations shares one rule.
 */
export function memberOf(viewer: Viewer): Prisma.ConversationWhereInput {
  const asParticipant = { participants: { some: { userId: viewer.id, leftAt: null } } }
  return viewer.deskHospitalId ? { OR: [asParticipant, { hospitalId: viewer.deskHospitalId }] } : asParticipant
}

export interface Membership {
  id: string
  hospitalId: string | null
  status: 'active' | 'archived'
  /** the last activity: archiving or assigning keeps it (only a message moves a conversation up the list) */
  updatedAt: Date
  /** the viewer answers for the hospital's desk (and may have no participant row yet) */
  atDesk: boolean
}

/** The conversation if the viewer is in it; NOT_FOUND (revealing nothing) otherwise. */
export async function requireMembership(db: Db, viewer: Viewer, conversationId: string): Promise<Membership> {
  const row = await db.conversation.findFirst({
    where: { id: conversationId, ...memberOf(viewer) },
    select: { id: true, hospitalId: true, status: true, updatedAt: true },
  })
  if (!row) throw noSuchConversation()
  return { ...row, atDesk: viewer.deskHospitalId !== null && row.hospitalId === viewer.deskHospitalId }
}

/** Every active staff account of a hospital: together they are its desk. */
export async function deskStaffIds(db: Db, hospitalId: string): Promise<string[]> {
  const staff = await db.user.findMany({
    where: { role: 'hospital', status: 'active', hospital: { id: hospitalId } },
    select: { id: true },
    orderBy: { id: 'asc' },
  })
  return staff.map((user) => user.id)
}

/** Everyone a conversation's live events go to: its participants still in it and the desk. */
export async function memberIds(db: Db, conversation: { id: string; hospitalId: string | null }): Promise<string[]> {
  const participants = await db.conversationParticipant.findMany({
    where: { conversationId: conversation.id, leftAt: null },
    select: { userId: true },
  })
  const desk = conversation.hospitalId ? await deskStaffIds(db, conversation.hospitalId) : []
  return [...new Set([...participants.map((p) => p.userId), ...desk])]
}
