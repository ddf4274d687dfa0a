import type { PrismaClient } from '@medbook/db'
import type { Services } from '../services.js'
import { offerFreedSlot } from '../waitlist/offers.js'
import type { SweepOptions } from './reminders.js'

/**
 * Releases what was only held: unpaid prepaid bookings and unclaimed waitlist offers whose
 * time is up. Each is cancelled by the system, and its slot goes to the next on the waitlist.
 */
export async function releaseExpiredHolds(
  db: PrismaClient,
  services: Services,
  options: SweepOptions = {},
): Promise<number> {
  const now = options.now ?? new Date()
  const expired = await db.appointment.findMany({
    where: { status: 'scheduled', holdExpiresAt: { lte: now }, paymentStatus: { not: 'completed' } },
    select: { id: true, doctorId: true, startsAt: true, waitlistOffer: { select: { id: true } } },
    orderBy: { holdExpiresAt: 'asc' },
    take: options.limit ?? 500,
  })
  let released = 0
  for (const hold of expired) {
    if (options.signal?.aborted) break
    const reason = hold.waitlistOffer ? 'Waitlist offer not claimed in time' : 'Payment not received in time'
    const { count } = await db.appointment.updateMany({
      where: { id: hold.id, status: 'scheduled', holdExpiresAt: { lte: now } },
      data: { status: 'cancelled', cancelledBy: 'system', cancellationReason: reason, holdExpiresAt: null },
    })
    if (count === 0) continue
    if (hold.waitlistOffer) {
      await db.waitlistEntry.update({ where: { id: hold.waitlistOffer.id }, data: { status: 'expired' } })
    }
    released++
    await offerFreedSlot(db, services, hold.doctorId, hold.startsAt, now)
  }
  return released
}
