import type { PrismaClient } from '@medbook/db'

/**
 * The patients' notifications about these appointments that failed to reach them, for the
 * staff of the hospital the appointments are at: appointments elsewhere match nothing.
 */
export async function deliveryFailures(db: PrismaClient, hospitalId: string, appointmentIds: readonly string[]) {
  const ours = await db.appointment.findMany({
    where: { id: { in: [...appointmentIds] }, hospitalId },
    select: { id: true },
  })
  if (ours.length === 0) return { items: [] }
  const rows = await db.notification.findMany({
    where: {
      relatedToType: 'appointment',
      relatedToId: { in: ours.map((a) => a.id) },
      recipientRole: 'patient',
      deliveryStatus: 'failed',
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 200,
    select: { id: true, type: true, createdAt: true, relatedToId: true },
  })
  return {
    items: rows.map((row) => ({
      appointmentId: row.relatedToId ?? '',
      notificationId: row.id,
      type: row.type,
      createdAt: row.createdAt,
    })),
  }
}
