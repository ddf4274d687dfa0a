import type { PrismaClient } from '@medbook/db'
import type { OutgoingMail } from '../mail/mailer.js'
import type { Services } from '../services.js'
import type { AppointmentRow } from './present.js'
import { toAppointment } from './present.js'

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

function describe(row: AppointmentRow): string {
  const a = toAppointment(row)
  const queue = a.queueNumber ? ` · STT ${a.queueNumber}` : ''
  return `${a.appointmentDate} ${a.timeSlot.startTime}–${a.timeSlot.endTime} · BS ${a.doctor.name} · ${a.hospital.name}${queue}`
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/**
 * Tells the patient in the app and by email. The notification is written first ("pending");
 * its email goes out from the job queue when a worker runs (the request does not wait for
 * SMTP), else here and now. A failed email never undoes the booking: the notification records
 * deliveryStatus "failed" instead.
 */
export async function notifyPatient(
  db: PrismaClient,
  services: Services,
  row: AppointmentRow,
  kind: Kind,
  reason?: string,
) {
  const patient = await db.patient.findUniqueOrThrow({
    where: { id: row.patientId },
    select: { user: { select: { id: true } } },
  })
  const message = [describe(row), reason ? `(${reason})` : ''].filter(Boolean).join(' ')
  const notification = await db.notification.create({
    data: {
      recipientId: patient.user.id,
      recipientRole: 'patient',
      type: TYPES[kind],
      title: TITLES[kind],
      message,
      relatedToType: 'appointment',
      relatedToId: row.id,
      deliveryStatus: 'pending',
    },
    select: { id: true },
  })
  if (await services.jobs.enqueueDelivery({ notificationId: notification.id })) return
  await deliverNotification(db, services, notification.id, { retryable: false })
}

/**
 * Emails a pending notification to its recipient and records the outcome; a confirmation
 * that went out marks its appointment confirmationSent. `retryable`: a failed send throws (the
 * job queue tries again later) instead of being recorded as failed. Does nothing for a
 * notification that is no longer pending, so a retried job never sends twice after success.
 */
export async function deliverNotification(
  db: PrismaClient,
  services: Services,
  notificationId: string,
  options: { retryable: boolean },
): Promise<'sent' | 'failed' | 'skipped'> {
  const notification = await db.notification.findUnique({
    where: { id: notificationId },
    select: {
      type: true,
      title: true,
      message: true,
      deliveryStatus: true,
      relatedToType: true,
      relatedToId: true,
      recipient: { select: { email: true, firstName: true } },
    },
  })
  if (notification?.deliveryStatus !== 'pending') return 'skipped'
  const { title, message, recipient } = notification
  let delivered = true
  if (recipient.email) {
    const mail: OutgoingMail = {
      to: recipient.email,
      subject: `MedBook: ${title}`,
      text: `Xin chào ${recipient.firstName},\n\n${title}\n${message}\n\n— MedBook`,
      html: `<p>Xin chào ${escapeHtml(recipient.firstName)},</p><p><strong>${escapeHtml(title)}</strong><br>${escapeHtml(message)}</p><p>— MedBook</p>`,
    }
    const failure = await services.mailer.send(mail).then(
      () => null,
      (error: unknown) => error,
    )
    if (failure && options.retryable) throw failure
    delivered = failure === null
  }
  await db.notification.updateMany({
    where: { id: notificationId, deliveryStatus: 'pending' },
    data: { deliveryStatus: delivered ? 'sent' : 'failed' },
  })
  if (
    delivered &&
    notification.type === 'appointment_confirmation' &&
    notification.relatedToType === 'appointment' &&
    notification.relatedToId
  ) {
    await db.appointment.update({ where: { id: notification.relatedToId }, data: { confirmationSent: true } })
  }
  return delivered ? 'sent' : 'failed'
}
