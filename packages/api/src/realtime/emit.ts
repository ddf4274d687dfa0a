import type { TRealtimeEvent } from '@medbook/contracts'
import type { Prisma, PrismaClient } from '@medbook/db'

/**
 * Puts an event on each recipient's live stream (realtime.events). Call it with the transaction
 * that makes the change: the event is numbered and stored with the change, and the API processes
 * are woken (LISTEN medbook_events) only when it commits. New notifications need no call: a
 * trigger on notifications emits them.
 */
export async function emitUserEvent(
  tx: PrismaClient | Prisma.TransactionClient,
  recipientUserIds: readonly string[],
  event: TRealtimeEvent,
): Promise<void> {
  if (recipientUserIds.length === 0) return
  const { kind, ...payload } = event
  await tx.$executeRaw`SELECT medbook_emit(${[...recipientUserIds]}::uuid[], ${kind}, ${JSON.stringify(payload)}::jsonb)`
}
