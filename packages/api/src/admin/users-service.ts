import { normalizePhoneNumber, type ZListUsersInput } from '@medbook/contracts'
import type { Prisma, PrismaClient } from '@medbook/db'
import type { z } from 'zod'
import { type ActivityActor, logActivity } from '../audit/log-activity.js'
import { invalidateUserSessions } from '../auth/sessions.js'
import { AppError } from '../errors.js'
import { decodeKeysetCursor, encodeKeysetCursor } from '../pagination.js'
import { escapeLike } from '../safe-text.js'

export const userSummarySelect = {
  id: true,
  role: true,
  status: true,
  email: true,
  phoneNumber: true,
  firstName: true,
  lastName: true,
  verificationStatus: true,
  lastLogin: true,
  createdAt: true,
} as const

/** Phones are stored as E.164: "0971 007 919" finds "+84971007919", and "0971" finds it too. */
function phoneFragment(text: string): string {
  const compact = text.replace(/[\s.()-]/g, '')
  return normalizePhoneNumber(compact) ?? (/^0\d+$/.test(compact) ? compact.slice(1) : compact)
}

export async function listUsers(db: PrismaClient, input: z.output<typeof ZListUsersInput>) {
  const after = input.cursor ? decodeKeysetCursor(input.cursor) : null
  const text = input.query ? escapeLike(input.query) : undefined
  const where: Prisma.UserWhereInput = {
    ...(input.role ? { role: input.role } : {}),
    ...(input.status ? { status: input.status } : {}),
    ...(text
      ? {
          OR: [
            { email: { contains: text, mode: 'insensitive' } },
            { phoneNumber: { contains: phoneFragment(text) } },
            { firstName: { contains: text, mode: 'insensitive' } },
            { lastName: { contains: text, mode: 'insensitive' } },
          ],
        }
      : {}),
    ...(after ? { id: { lt: after.id } } : {}),
  }
  const rows = await db.user.findMany({
    where,
    orderBy: { id: 'desc' },
    take: input.limit + 1,
    select: userSummarySelect,
  })
  const page = rows.slice(0, input.limit)
  const last = page.at(-1)
  return { items: page, nextCursor: rows.length > input.limit && last ? encodeKeysetCursor({ id: last.id }) : null }
}

/** Blocking or deactivating ends the account's sessions at once; its API keys stop working too. */
export async function setUserStatus(
  db: PrismaClient,
  actor: ActivityActor,
  input: { userId: string; status: 'active' | 'inactive' | 'blocked'; reason?: string },
) {
  if (input.userId === actor.userId)
    throw new AppError('BAD_REQUEST', 'You cannot change the status of your own account')
  const before = await db.user.findUnique({ where: { id: input.userId }, select: { status: true } })
  if (!before) throw new AppError('NOT_FOUND', 'No such user')
  const user = await db.user.update({
    where: { id: input.userId },
    data: { status: input.status },
    select: userSummarySelect,
  })
  if (input.status !== 'active') await invalidateUserSessions(db, input.userId)
  await logActivity(db, actor, 'status_change', {
    targetUserId: input.userId,
    from: before.status,
    to: input.status,
    reason: input.reason ?? null,
  })
  return user
}
