import type { PrismaClient } from '@medbook/db'
import { instantToLocal } from '../availability/local-time.js'
import { listAvailableSlots, loadBookableDoctor } from '../availability/service.js'
import type { Services } from '../services.js'
import { readSettings } from '../settings/service.js'
import { offerFreedSlot } from '../waitlist/offers.js'
import type { SweepOptions } from './reminders.js'

/**
 * The net under offerFreedSlot, which runs after a cancellation commits: a process that died
 * in between left a free slot and a patient waiting for that very day. Each run, every day
 * someone waits for that has a free slot now gets it offered, first come first served.
 */
export async function offerOpenSlotsToWaitlist(
  db: PrismaClient,
  services: Services,
  options: SweepOptions = {},
): Promise<number> {
  const now = options.now ?? new Date()
  const waiting = await db.waitlistEntry.findMany({
    where: { status: 'waiting', date: { gte: new Date(now.getTime() - 86_400_000) } },
    distinct: ['doctorId', 'date'],
    select: { doctorId: true, date: true },
    orderBy: [{ date: 'asc' }, { doctorId: 'asc' }],
    take: options.limit ?? 200,
  })
  const settings = await readSettings(db)
  let offered = 0
  for (const { doctorId, date } of waiting) {
    if (options.signal?.aborted) break
    const doctor = await loadBookableDoctor(db, doctorId).catch(() => null)
    if (!doctor) continue
    const day = date.toISOString().slice(0, 10)
    if (day < instantToLocal(now, doctor.hospital.timeZone).date) continue
    for (const slot of await listAvailableSlots(db, doctor, { from: day, to: day }, settings, now)) {
      if (!(await offerFreedSlot(db, services, doctorId, slot.startsAt, now))) break
      offered++
    }
  }
  return offered
}
