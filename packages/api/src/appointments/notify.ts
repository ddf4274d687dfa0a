import type { Prisma, PrismaClient } from '@medbook/db'
import { instantToLocal } from '../availability/local-time.js'
import type { OutgoingMail } from '../mail/mailer.js'
import { sendNotice } from '../notifications/channels.js'
import type { Services } from '../services.js'
import type { AppointmentRow } from './present.js'
import { fullName } from './present.js'

type Kind = 'appointment_confirmation' | 'appointment_cancelled' | 'appointment_rescheduled' | 'appointment_reassigned'

const TITLES: Record<Kind, string> = {
  appointment_confirmation: 'Đã đặt lịch khám / Appointment booked',
  appointment_cancelled: 'Lịch khám đã huỷ / Appointment cancelled',
  appointment_rescheduled: 'Đã đổi lịch khám / Appointment rescheduled',
  appointment_reassigned: 'Lịch khám đổi bác sĩ / Your appointment has a new doctor',
}

/** The notification type each kind is stored as (a new doctor at the same time is a change of the booking). */
const TYPES = {
  appointment_confirmation: 'appointment_confirmation',
  appointment_cancelled: 'appointment_cancelled',
  appointment_rescheduled: 'appointment_rescheduled',
  appointment_reassigned: 'appointment_rescheduled',
} as const satisfies Record<Kind, string>

/** How a message names the visit's queue number, at its end. */
export const QUEUE_SUFFIX = ' · STT '

type Described = Pick<AppointmentRow, 'appointmentDate' | 'startsAt' | 'endsAt' | 'queueNumber' | 'doctor' | 'hospital'>

function describe(row: Described): string {
  const zone = row.hospital.timeZone
  const queue = row.queueNumber ? `${QUEUE_SUFFIX}${row.queueNumber}` : ''
  const times = `${instantToLocal(row.startsAt, zone).time}–${instantToLocal(row.endsAt, zone).time}`
  return `${row.appointmentDate.toISOString().slice(0, 10)} ${times} · BS ${fullName(row.doctor.user)} · ${row.hospital.name}${queue}`
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** What the patient's notification of a change to their appointment says. */
export function appointmentNotice(row: Described, kind: Kind, reason?: string) {
  return {
    type: TYPES[kind],
    title: TITLES[kind],
    message: [describe(row), reason ? `(${reason})` : ''].filter(Boolean).join(' '),
  }
}

/**
 * Writes the patient's notification of a change to their appointment, "pending" until its
 * email goes out. Call it with the transaction that makes the change: a change that commits
 * always has its notification (a transactional outbox that dispatchNotifications and the
 * stalled-delivery sweep drain), and a change that rolls back has none.
 */
export async function recordAppointmentNotification(
  tx: PrismaClient | Prisma.TransactionClient,
  row: AppointmentRow,
  kind: Kind,
  reason?: string,
): Promise<string> {
  const patient = await tx.patient.findUniqueOrThrow({
    where: { id: row.patientId },
    select: { user: { select: { id: true } } },
  })
  const notification = await tx.notification.create({
    data: {
      recipientId: patient.user.id,
      recipientRole: 'patient',
      ...appointmentNotice(row, kind, reason),
      relatedToType: 'appointment',
      relatedToId: row.id,
      deliveryStatus: 'pending',
    },
    select: { id: true },
  })
  return notification.id
}

/**
 * After the change commits: each notification's email goes out from the job queue when a
 * worker runs (the request does not wait for SMTP), else here and now. A process that dies
 * before this leaves the notification pending, and the stalled-delivery sweep sends it. A
 * failed email never undoes the change: the notification records deliveryStatus "failed".
 */
export async function dispatchNotifications(db: PrismaClient, services: Services, notificationIds: string[]) {
  for (const notificationId of notificationIds) {
    if (await services.jobs.enqueueDelivery({ notificationId })) continue
    await deliverNotification(db, services, notificationId, { retryable: false })
  }
}

/**
 * Sends a pending notification over its recipient's channels (sendNotice: their preferences)
 * and records the outcome; a confirmation that reached them marks its appointment
 * confirmationSent. `retryable`: a failed email throws (the job queue tries again later)
 * instead of being recorded as failed. Does nothing for a notification that is no longer
 * pending, so a retried job never sends twice after success.
 */
export async function deliverNotification(
  db: PrismaClient,
  services: Services,
  notificationId: string,
  options: { retryable: boolean },
): Promise<'sent' | 'delivered' | 'failed' | 'skipped'> {
  const notification = await db.notification.findUnique({
    where: { id: notificationId },
    select: {
      type: true,
      title: true,
      message: true,
      deliveryStatus: true,
      relatedToType: true,
      relatedToId: true,
      recipient: { select: { id: true, email: true, phoneNumber: true, firstName: true } },
    },
  })
  if (notification?.deliveryStatus !== 'pending') return 'skipped'
  const { title, message, recipient } = notification
  const outcome = await sendNotice(
    db,
    services,
    {
      recipient,
      type: notification.type,
      mail: (to): OutgoingMail => ({
        to,
        subject: `MedBook: ${title}`,
        text: `Xin chào ${recipient.firstName},\n\n${title}\n${message}\n\n— MedBook`,
        html: `<p>Xin chào ${escapeHtml(recipient.firstName)},</p><p><strong>${escapeHtml(title)}</strong><br>${escapeHtml(message)}</p><p>— MedBook</p>`,
      }),
      sms: `MedBook: ${title}. ${message}`,
    },
    options,
  )
  await db.notification.updateMany({
    where: { id: notificationId, deliveryStatus: 'pending' },
    data: { deliveryStatus: outcome },
  })
  if (
    outcome !== 'failed' &&
    notification.type === 'appointment_confirmation' &&
    notification.relatedToType === 'appointment' &&
    notification.relatedToId
  ) {
    await db.appointment.update({ where: { id: notification.relatedToId }, data: { confirmationSent: true } })
  }
  return outcome
}
