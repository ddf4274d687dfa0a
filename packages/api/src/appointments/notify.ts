import type { PrismaClient } from '@medbook/db'
import type { OutgoingMail } from '../mail/mailer.js'
import type { Services } from '../services.js'
import type { AppointmentRow } from './present.js'
import { toAppointment } from './present.js'

type Kind = 'appointment_confirmation' | 'appointment_cancelled' | 'appointment_rescheduled'

const TITLES: Record<Kind, string> = {
  appointment_confirmation: 'Đã đặt lịch khám / Appointment booked',
  appointment_cancelled: 'Lịch khám đã huỷ / Appointment cancelled',
  appointment_rescheduled: 'Đã đổi lịch khám / Appointment rescheduled',
}

function describe(row: AppointmentRow): string {
  const a = toAppointment(row)
  const queue = a.queueNumber ? ` · STT ${a.queueNumber}` : ''
  return `${a.appointmentDate} ${a.timeSlot.startTime}–${a.timeSlot.endTime} · BS ${a.doctor.name} · ${a.hospital.name}${queue}`
}

/**
 * Tells the patient in the app and by email. A failed email never undoes the booking: the
 * notification records deliveryStatus "failed" instead.
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
    select: { user: { select: { id: true, email: true, firstName: true } } },
  })
  const message = [describe(row), reason ? `(${reason})` : ''].filter(Boolean).join(' ')
  const notification = await db.notification.create({
    data: {
      recipientId: patient.user.id,
      recipientRole: 'patient',
      type: kind,
      title: TITLES[kind],
      message,
      relatedToType: 'appointment',
      relatedToId: row.id,
      deliveryStatus: 'pending',
    },
  })
  let delivered = true
  if (patient.user.email) {
    const mail: OutgoingMail = {
      to: patient.user.email,
      subject: `MedBook: ${TITLES[kind]}`,
      text: `Xin chào ${patient.user.firstName},\n\n${TITLES[kind]}\n${message}\n\n— MedBook`,
      html: `<p>Xin chào ${patient.user.firstName},</p><p><strong>${TITLES[kind]}</strong><br>${message}</p><p>— MedBook</p>`,
    }
    delivered = await services.mailer.send(mail).then(
      () => true,
      () => false,
    )
  }
  await db.notification.update({
    where: { id: notification.id },
    data: { deliveryStatus: delivered ? 'sent' : 'failed' },
  })
  if (kind === 'appointment_confirmation' && delivered) {
    await db.appointment.update({ where: { id: row.id }, data: { confirmationSent: true } })
  }
}
