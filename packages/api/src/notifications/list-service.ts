import type { TNotification } from '@medbook/contracts'
import type { PrismaClient } from '@medbook/db'
import { createdBefore, decodeInstantCursor, nextCreatedCursor } from '../pagination.js'
import { emitUserEvent } from '../realtime/emit.js'
import { notificationSelect, toNotification } from './present.js'
import { visibleTo } from './visible.js'

export async function listNotifications(
  db: PrismaClient,
  userId: string,
  input: { limit: number; cursor?: string; unreadOnly: boolean },
  now: Date,
): Promise<{ items: TNotification[]; nextCursor: string | null }> {
  const after = input.cursor ? decodeInstantCursor(input.cursor) : null
  const rows = await db.notification.findMany({
    where: {
      AND: [await visibleTo(db, userId, now), createdBefore(after), input.unreadOnly ? { isRead: false } : {}],
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: input.limit + 1,
    select: notificationSelect,
  })
  return { items: rows.slice(0, input.limit).map(toNotification), nextCursor: nextCreatedCursor(rows, input.limit) }
}

export async function unreadCount(db: PrismaClient, userId: string, now: Date): Promise<number> {
  return db.notification.count({ where: { AND: [await visibleTo(db, userId, now), { isRead: false }] } })
}

/**
 * Marks the caller's own notifications read: ids of anyone else's match nothing, so they are
 * neither changed nor revealed. The caller's other tabs hear of it in the same transaction.
 */
export async function markRead(
  db: PrismaClient,
  userId: string,
  ids: readonly string[] | 'all',
  now: Date,
): Promise<{ marked: number; unreadCount: number }> {
  const marked = await db.$transaction(async (tx) => {
    const { count } = await tx.notification.updateMany({
      where: { recipientId: userId, isRead: false, ...(ids === 'all' ? {} : { id: { in: [...ids] } }) },
      data: { isRead: true },
    })
    if (count > 0) await emitUserEvent(tx, [userId], { kind: 'notifications_read' })
    return count
  })
  return { marked, unreadCount: await unreadCount(db, userId, now) }
}
