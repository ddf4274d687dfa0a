import type { TMessagePage, ZMessagesInput } from '@medbook/contracts'
import type { z } from 'zod'
import { createdBefore, decodeInstantCursor, nextCreatedCursor } from '../pagination.js'
import { type Db, requireMembership, type Viewer } from './access.js'
import { messageSelect, toMessage } from './present.js'

/** A conversation's messages newest first; the cursor goes back through its history. */
export async function listMessages(
  db: Db,
  viewer: Viewer,
  input: z.output<typeof ZMessagesInput>,
): Promise<TMessagePage> {
  await requireMembership(db, viewer, input.conversationId)
  const after = input.cursor ? decodeInstantCursor(input.cursor) : null
  const rows = await db.message.findMany({
    where: { conversationId: input.conversationId, ...createdBefore(after) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: input.limit + 1,
    select: messageSelect,
  })
  return {
    items: rows.slice(0, input.limit).map((row) => toMessage(row, viewer.id)),
    nextCursor: nextCreatedCursor(rows, input.limit),
  }
}
