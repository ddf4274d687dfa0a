import type { PrismaClient } from '@medbook/db'
import { dispatchNotifications, recordAppointmentNotification } from '../appointments/notify.js'
import { appointmentSelect } from '../appointments/present.js'
import { releasePromotion } from '../promotions/redemption.js'
import type { Services } from '../services.js'
import { offerFreedSlot } from '../waitlist/offers.js'
import type { SweepOptions } from './reminders.js'

/**
 * Releases what was only held: unpaid prepaid bookings and unclaimed waitlist offers whose
 * time is up. Each is cancelled by the system with the patient's notice in the same transaction,
 * and its slot goes to the next on the waitlist.
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
    const noticeId = await db.$transaction(async (tx) => {
      const { count } = await tx.appointment.updateMany({
        where: { id: hold.id, status: 'scheduled', holdExpiresAt: { lte: now } },
        data: { status: 'cancelled', cancelledBy: 'system', cancellationReason: reason, holdExpiresAt: null },
      })
      if (count === 0) return null
      // an unpaid booking gives its promotion use back; money that still arrives is refunded (settle-service)
      await releasePromotion(tx, hold.id, now)
      if (hold.waitlistOffer) {
        await tx.waitlistEntry.update({ where: { id: hold.waitlistOffer.id }, data: { status: 'expired' } })
      }
      const row = await tx.appointment.findUniqueOrThrow({ where: { id: hold.id }, select: appointmentSelect })
      return recordAppointmentNotification(tx, row, 'appointment_cancelled', reason)
    })
    if (!noticeId) continue
    await dispatchNotifications(db, services, [noticeId])
    released++
    await offerFreedSlot(db, services, hold.doctorId, hold.startsAt, now)
  }
  return released
}
