import type { PrismaClient } from '@medbook/db'
import { dispatchNotifications } from '../appointments/notify.js'
import { instantToLocal, shiftDate } from '../availability/local-time.js'
import type { Services } from '../services.js'
import type { SweepOptions } from './reminders.js'

/** How many days before a follow-up date the patient is reminded to book it. */
export const FOLLOW_UP_NOTICE_DAYS = 3
const ZONE = 'Asia/Ho_Chi_Minh'

/**
 * Reminds the patient of a follow-up date a doctor wrote in a shared record, a few days before
 * it, unless a visit with that doctor is already booked for the same person. One reminder per
 * record (its notification's unique key "follow-up:<record>"), sent through the outbox.
 */
export async function sendFollowUpReminders(
  db: PrismaClient,
  services: Services,
  options: SweepOptions = {},
): Promise<number> {
  const now = options.now ?? new Date()
  const today = instantToLocal(now, ZONE).date
  const until = shiftDate(today, FOLLOW_UP_NOTICE_DAYS)
  const due = await db.$queryRaw<
    { id: string; userId: string; followUpDate: Date; doctor: string; hospital: string }[]
  >`
    SELECT r.id, p."userId", r."followUpDate", trim(du."lastName" || ' ' || du."firstName") AS doctor, h.name AS hospital
      FROM medical_records r
      JOIN patients p ON p.id = r."patientId"
      JOIN doctors d ON d.id = r."doctorId"
      JOIN users du ON du.id = d."userId"
      JOIN hospitals h ON h.id = r."hospitalId"
     WHERE r."followUpDate" BETWEEN ${today}::date AND ${until}::date
       AND r."isSharedWithPatient"
       AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n."dedupeKey" = 'follow-up:' || r.id)
       AND NOT EXISTS (SELECT 1 FROM appointments a
                        WHERE a."patientId" = r."patientId" AND a."doctorId" = r."doctorId"
                          AND a."familyMemberId" IS NOT DISTINCT FROM r."familyMemberId"
                          AND a.status = 'scheduled' AND a."startsAt" > ${now})
     ORDER BY r."followUpDate"
     LIMIT ${options.limit ?? 500}`
  const ids: string[] = []
  for (const record of due) {
    if (options.signal?.aborted) break
    const dedupeKey = `follow-up:${record.id}`
    const notification = await db.notification.upsert({
      where: { dedupeKey },
      create: {
        dedupeKey,
        recipientId: record.userId,
        recipientRole: 'patient',
        type: 'appointment_reminder',
        title: 'Sắp đến ngày tái khám / Your follow-up visit is due',
        message: `${record.followUpDate.toISOString().slice(0, 10)} · BS ${record.doctor} · ${record.hospital}`,
        relatedToType: 'medical_record',
        relatedToId: record.id,
        deliveryStatus: 'pending',
      },
      update: {},
      select: { id: true },
    })
    ids.push(notification.id)
  }
  await dispatchNotifications(db, services, ids)
  return ids.length
}
