import type { TNotification } from '@medbook/contracts'
import type { Prisma } from '@medbook/db'

export const notificationSelect = {
  id: true,
  type: true,
  title: true,
  message: true,
  relatedToType: true,
  relatedToId: true,
  isRead: true,
  createdAt: true,
  expiresAt: true,
} as const satisfies Prisma.NotificationSelect

export type NotificationRow = Prisma.NotificationGetPayload<{ select: typeof notificationSelect }>

export function toNotification(row: NotificationRow): TNotification {
  return {
    id: row.id,
    type: row.type,
    title: row.title.slice(0, 500),
    message: row.message.slice(0, 2000),
    relatedTo: row.relatedToType && row.relatedToId ? { type: row.relatedToType, id: row.relatedToId } : null,
    isRead: row.isRead,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
  }
}
