import type { ZListActivityLogsInput } from '@medbook/contracts'
import type { Prisma, PrismaClient } from '@medbook/db'
import type { z } from 'zod'
import { decodeKeysetCursor, encodeKeysetCursor } from '../pagination.js'

export async function listActivityLogs(db: PrismaClient, input: z.output<typeof ZListActivityLogsInput>) {
  const after = input.cursor ? decodeKeysetCursor(input.cursor) : null
  const where: Prisma.ActivityLogWhereInput = {
    ...(input.userId ? { userId: input.userId } : {}),
    ...(input.role ? { userRole: input.role } : {}),
    ...(input.action ? { action: input.action } : {}),
    ...(input.from || input.to ? { timestamp: { gte: input.from, lt: input.to } } : {}),
  }
  // newest first by the time of the action (imported and seeded rows do not have time-ordered ids),
  // the id breaking ties, so the keyset is (timestamp, id)
  const afterTime = after?.timestamp && after.id ? new Date(after.timestamp) : null
  const rows = await db.activityLog.findMany({
    where: {
      AND: [
        where,
        afterTime && after?.id
          ? { OR: [{ timestamp: { lt: afterTime } }, { timestamp: afterTime, id: { lt: after.id } }] }
          : {},
      ],
    },
    orderBy: [{ timestamp: 'desc' }, { id: 'desc' }],
    take: input.limit + 1,
    include: { user: { select: { firstName: true, lastName: true } } },
  })
  const page = rows.slice(0, input.limit)
  const last = page.at(-1)
  return {
    items: page.map(({ user, details, ...row }) => ({
      ...row,
      details:
        details && typeof details === 'object' && !Array.isArray(details) ? (details as Record<string, unknown>) : {},
      userName: user ? `${user.lastName} ${user.firstName}` : null,
    })),
    nextCursor:
      rows.length > input.limit && last
        ? encodeKeysetCursor({ timestamp: last.timestamp.toISOString(), id: last.id })
        : null,
  }
}
