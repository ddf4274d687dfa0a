import type { PrismaClient } from '@medbook/db'
import { fullName } from '../appointments/present.js'
import { instantToLocal } from '../availability/local-time.js'
import { sendNotice } from '../notifications/channels.js'
import type { Services } from '../services.js'
import { readSettings } from '../settings/service.js'

export interface SweepOptions {
  now?: Date
  /** at most this many items in one run */
  limit?: number
  /** stop between two items when aborted (a worker shutting down) */
  signal?: AbortSignal
}

interface DueReminder {
  id: string
  startsAt: Date
  offset: number
}

/**
 * Sends every reminder that is due: for each offset (24 h and 2 h by default), scheduled
 * appointments starting within it. A reminder is a notification row with the unique key
 * "reminder:<appointment>:<minutes>", written before the email goes out, so a retried or
 * restarted sweep never sends one twice, and one that stopped half-way is picked up again
 * (a row still "pending" means its email was not confirmed sent).
 */
export async function sendDueReminders(
  db: PrismaClient,
  services: Services,
  options: SweepOptions = {},
): Promise<number> {
  const now = options.now ?? new Date()
  const settings = await readSettings(db)
  const due: DueReminder[] = []
  for (const offset of settings['reminders.offsetsMinutes']) {
    const rows = await db.$queryRaw<Array<{ id: string; startsAt: Date }>>`
      SELECT a.id, a."startsAt" FROM appointments a
       WHERE a.status = 'scheduled' AND a."holdExpiresAt" IS NULL
         AND a."startsAt" > ${now} AND a."startsAt" <= ${new Date(now.getTime() + offset * 60_000)}
         AND NOT EXISTS (SELECT 1 FROM notifications n
                          WHERE n."dedupeKey" = 'reminder:' || a.id || ':' || ${String(offset)} AND n."deliveryStatus" <> 'pending')
       ORDER BY a."startsAt"
       LIMIT ${options.limit ?? 500}`
    due.push(...rows.map((row) => ({ ...row, offset })))
  }
  let sent = 0
  for (const reminder of due) {
    if (options.signal?.aborted) break
    if (await sendReminder(db, services, reminder)) sent++
  }
  return sent
}

async function sendReminder(db: PrismaClient, services: Services, reminder: DueReminder): Promise<boolean> {
  const dedupeKey = `reminder:${reminder.id}:${reminder.offset}`
  const appointment = await db.appointment.findUniqueOrThrow({
    where: { id: reminder.id },
    select: {
      startsAt: true,
      queueNumber: true,
      hospital: { select: { name: true, timeZone: true } },
      doctor: { select: { user: { select: { firstName: true, lastName: true } } } },
      patient: { select: { user: { select: { id: true, email: true, phoneNumber: true, firstName: true } } } },
    },
  })
  const local = instantToLocal(appointment.startsAt, appointment.hospital.timeZone)
  const when = `${local.date} ${local.time}`
  const message = `${when} · BS ${fullName(appointment.doctor.user)} · ${appointment.hospital.name}${
    appointment.queueNumber ? ` · STT ${appointment.queueNumber}` : ''
  }`
  const notification = await db.notification.upsert({
    where: { dedupeKey },
    create: {
      dedupeKey,
      recipientId: appointment.patient.user.id,
      recipientRole: 'patient',
      type: 'appointment_reminder',
      title: 'Nhắc lịch khám / Appointment reminder',
      message,
      relatedToType: 'appointment',
      relatedToId: reminder.id,
      deliveryStatus: 'pending',
    },
    update: {},
  })
  if (notification.deliveryStatus !== 'pending') return false
  const patient = appointment.patient.user
  const outcome = await sendNotice(
    db,
    services,
    {
      recipient: patient,
      type: 'appointment_reminder',
      mail: (to) => ({
        to,
        subject: `MedBook: nhắc lịch khám ${when} / reminder`,
        text: `Xin chào ${patient.firstName},\n\nBạn có lịch khám: ${message}\nYou have an appointment: ${message}\n\n— MedBook`,
        html: `<p>Xin chào ${patient.firstName},</p><p>Bạn có lịch khám / You have an appointment:<br><strong>${message}</strong></p><p>— MedBook</p>`,
      }),
      sms: `MedBook: nhắc lịch khám / reminder ${message}`,
    },
    { retryable: false },
  )
  await db.$transaction([
    db.notification.update({ where: { id: notification.id }, data: { deliveryStatus: outcome } }),
    db.appointment.update({ where: { id: reminder.id }, data: { reminderSent: true } }),
  ])
  return outcome !== 'failed'
}
