import { NOTIFICATION_CHANNEL_DEFAULTS, type TNotificationType } from '@medbook/contracts'
import type { Prisma, PrismaClient } from '@medbook/db'

type Db = PrismaClient | Prisma.TransactionClient

/** The types whose in-app channel the user turned off (their bell and list leave those out). */
async function hiddenTypes(db: Db, userId: string): Promise<TNotificationType[]> {
  const chosen = await db.notificationPreference.findMany({ where: { userId }, select: { type: true, inApp: true } })
  const off = chosen.filter((row) => !row.inApp).map((row) => row.type)
  const defaultOff = (Object.keys(NOTIFICATION_CHANNEL_DEFAULTS) as TNotificationType[]).filter(
    (type) => !NOTIFICATION_CHANNEL_DEFAULTS[type].inApp && !chosen.some((row) => row.type === type),
  )
  return [...off, ...defaultOff]
}

/**
 * What a user sees in their notification centre: their own notifications, not past expiresAt
 * (the purge deletes those later; until then they are hidden here), of types shown in-app.
 */
export async function visibleTo(db: Db, userId: string, now: Date): Promise<Prisma.NotificationWhereInput> {
  const hidden = await hiddenTypes(db, userId)
  return {
    recipientId: userId,
    OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
    ...(hidden.length > 0 ? { type: { notIn: hidden } } : {}),
  }
}
