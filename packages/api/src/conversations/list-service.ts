import type { TConversationPage, TConversationSummary, ZConversationListInput } from '@medbook/contracts'
import { Prisma } from '@medbook/db'
import type { z } from 'zod'
import { decodeInstantCursor, encodeKeysetCursor, NOWHERE_ID } from '../pagination.js'
import { type Db, noSuchConversation, type Viewer } from './access.js'
import { conversationSelect, toConversationSummary } from './present.js'

/**
 * The viewer's conversations as SQL (the same rule as memberOf): a participant who has not left,
 * or the hospital's desk; with the messages from others the viewer has not read yet.
 */
function mineWithUnread(viewer: Viewer) {
  return Prisma.sql`
    SELECT c.id, c."updatedAt", c.status, c."assignedToId",
      (SELECT count(*)::int FROM messages m
        WHERE m."conversationId" = c.id AND m."senderId" <> ${viewer.id}::uuid
          AND m."createdAt" > coalesce(p."lastReadAt", '-infinity'::timestamptz)) AS unread
    FROM conversations c
    LEFT JOIN conversation_participants p ON p."conversationId" = c.id AND p."userId" = ${viewer.id}::uuid
    WHERE ((p."userId" IS NOT NULL AND p."leftAt" IS NULL) OR c."hospitalId" = ${viewer.deskHospitalId ?? NOWHERE_ID}::uuid)`
}

interface Listed {
  id: string
  updatedAt: Date
  unread: number
}

/** The viewer's conversations, most recent activity first, each with what the viewer has not read. */
export async function listConversations(
  db: Db,
  viewer: Viewer,
  input: z.output<typeof ZConversationListInput>,
): Promise<TConversationPage> {
  const after = input.cursor ? decodeInstantCursor(input.cursor, 'updatedAt') : null
  const rows = await db.$queryRaw<Listed[]>`
    SELECT id, "updatedAt", unread FROM (${mineWithUnread(viewer)}) AS mine
    WHERE status = ${input.status}::"ConversationStatus"
      AND (${!input.assignedToMe}::boolean OR "assignedToId" = ${viewer.id}::uuid)
      AND (${!input.unreadOnly}::boolean OR unread > 0)
      AND (${after === null}::boolean OR "updatedAt" < ${after?.at ?? new Date(0)}
        OR ("updatedAt" = ${after?.at ?? new Date(0)} AND id < ${after?.id ?? NOWHERE_ID}::uuid))
    ORDER BY "updatedAt" DESC, id DESC
    LIMIT ${input.limit + 1}`
  const page = rows.slice(0, input.limit)
  const details = await db.conversation.findMany({
    where: { id: { in: page.map((row) => row.id) } },
    select: conversationSelect,
  })
  const byId = new Map(details.map((row) => [row.id, row]))
  const last = page[page.length - 1]
  return {
    items: page.flatMap((row) => {
      const detail = byId.get(row.id)
      return detail ? [toConversationSummary(detail, viewer, row.unread)] : []
    }),
    nextCursor:
      rows.length > input.limit && last
        ? encodeKeysetCursor({ updatedAt: last.updatedAt.toISOString(), id: last.id })
        : null,
  }
}

/** One of the viewer's conversations; NOT_FOUND for any other. */
export async function readSummary(db: Db, viewer: Viewer, conversationId: string): Promise<TConversationSummary> {
  const [row] = await db.$queryRaw<Listed[]>`
    SELECT id, "updatedAt", unread FROM (${mineWithUnread(viewer)}) AS mine WHERE id = ${conversationId}::uuid`
  if (!row) throw noSuchConversation()
  const detail = await db.conversation.findUniqueOrThrow({ where: { id: row.id }, select: conversationSelect })
  return toConversationSummary(detail, viewer, row.unread)
}

/** Messages from others the viewer has not read, and in how many conversations (archived ones too). */
export async function unreadCount(db: Db, viewer: Viewer): Promise<{ total: number; conversations: number }> {
  const [row] = await db.$queryRaw<{ total: number; conversations: number }[]>`
    SELECT coalesce(sum(unread), 0)::int AS total, count(*) FILTER (WHERE unread > 0)::int AS conversations
    FROM (${mineWithUnread(viewer)}) AS mine`
  return row ?? { total: 0, conversations: 0 }
}
