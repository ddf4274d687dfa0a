import type { Prisma, PrismaClient } from '@medbook/db'
import { v7 as uuidv7 } from 'uuid'
import type { ActivityActor } from '../audit/log-activity.js'
import { dateColumn } from '../availability/local-time.js'
import type { Slot } from '../availability/service.js'
import { AppError } from '../errors.js'
import type { PricedLine } from '../payments/bill.js'
import { subtotalOf } from '../payments/bill.js'
import type { BookingDoctor } from './booking-doctor.js'
import { appointmentNotice, QUEUE_SUFFIX } from './notify.js'
import type { AppointmentRow } from './present.js'

export interface NewBooking {
  patientId: string
  familyMember: AppointmentRow['familyMember']
  slot: Slot
  reasonForVisit: string | null
  symptoms: string[]
  idempotency: { key: string; fingerprint: string } | null
  bookedById: string
  lines: readonly PricedLine[]
  holdExpiresAt: Date | null
  actor: ActivityActor
  walkIn: boolean
}

/**
 * A new booking without a promotion in two statements of the caller's transaction (what
 * bookAppointment otherwise does with eleven Prisma statements and re-reads with nine):
 * 1. the doctor's row FOR KEY SHARE (a deactivation holding it FOR UPDATE makes us wait), then
 *    the advisory lock of the doctor's day for in-person visits (queue numbers);
 * 2. after both locks, so with a fresh snapshot (READ COMMITTED): the appointment, inserted only
 *    if the doctor is still bookable, numbered max + 1 of the day, with its totals and hold,
 *    its charges, the activity log entry and the patient's pending notification.
 * The answer is built from what the booking already knows; booking-fast-path.integration.test.ts
 * checks it, the notification and the log against the general path.
 */
export async function insertBooking(
  tx: PrismaClient,
  doctor: BookingDoctor,
  booking: NewBooking,
): Promise<{ appointment: AppointmentRow; notificationId: string }> {
  const { slot } = booking
  const subtotal = subtotalOf(booking.lines)
  const id = uuidv7()
  const notificationId = uuidv7()
  const createdAt = new Date()
  const draft: Omit<AppointmentRow, 'patient'> = {
    id,
    status: 'scheduled',
    type: slot.type,
    appointmentDate: dateColumn(slot.date),
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    queueNumber: null,
    reasonForVisit: booking.reasonForVisit,
    symptoms: booking.symptoms,
    notes: null,
    cancelledBy: null,
    cancellationReason: null,
    paymentStatus: 'pending',
    holdExpiresAt: booking.holdExpiresAt,
    rescheduledFromId: null,
    createdAt,
    patientId: booking.patientId,
    doctorId: doctor.id,
    hospitalId: doctor.hospitalId,
    doctor: {
      id: doctor.id,
      consultationFee: doctor.consultationFee,
      user: { firstName: doctor.user.firstName, lastName: doctor.user.lastName },
    },
    hospital: {
      id: doctor.hospital.id,
      name: doctor.hospital.name,
      street: doctor.hospital.street,
      city: doctor.hospital.city,
      timeZone: doctor.hospital.timeZone,
    },
    familyMember: booking.familyMember,
    subtotalAmount: subtotal,
    discountAmount: 0,
    totalAmount: subtotal,
    charges: booking.lines.map(({ kind, description, hospitalServiceId, amount }) => ({
      kind,
      description,
      hospitalServiceId,
      amount,
    })),
    redemption: null,
    payments: [],
  }
  // the queue number is known once inserted; the message ends with it (queueSuffix)
  const notice = appointmentNotice(draft, 'appointment_confirmation')
  const inPerson = slot.type === 'in_person'
  if (inPerson) {
    await tx.$executeRaw`
      WITH doctor AS MATERIALIZED (SELECT id FROM doctors WHERE id = ${doctor.id}::uuid FOR KEY SHARE)
      SELECT pg_advisory_xact_lock(hashtextextended(${`queue:${doctor.id}:${slot.date}`}, 0)) FROM doctor`
  } else {
    await tx.$executeRaw`SELECT id FROM doctors WHERE id = ${doctor.id}::uuid FOR KEY SHARE`
  }
  const charges = booking.lines.map((line, position) => ({
    id: uuidv7(),
    kind: line.kind,
    hospitalServiceId: line.hospitalServiceId,
    description: line.description,
    amount: line.amount,
    position,
  }))
  const details: Prisma.InputJsonValue = { appointmentId: id, ...(booking.walkIn ? { walkIn: true } : {}) }
  const { actor } = booking
  const rows = await tx.$queryRaw<{ queueNumber: number | null; firstName: string; lastName: string }[]>`
    WITH appointment AS (
      INSERT INTO appointments (id, "patientId", "familyMemberId", "doctorId", "hospitalId", "appointmentDate",
        "startsAt", "endsAt", type, status, "reasonForVisit", symptoms, "queueNumber", "idempotencyKey",
        "idempotencyFingerprint", "bookedById", "paymentStatus", "holdExpiresAt", "subtotalAmount",
        "discountAmount", "totalAmount", "createdAt", "updatedAt")
      SELECT ${id}::uuid, ${booking.patientId}::uuid, ${booking.familyMember?.id ?? null}::uuid, d.id,
        ${doctor.hospitalId}::uuid, ${slot.date}::date, ${slot.startsAt}::timestamptz, ${slot.endsAt}::timestamptz,
        ${slot.type}::"ConsultationType", 'scheduled', ${booking.reasonForVisit}, ${booking.symptoms}::text[],
        CASE WHEN ${inPerson}::boolean THEN (SELECT coalesce(max(q."queueNumber"), 0) + 1 FROM appointments q
                                    WHERE q."doctorId" = d.id AND q."appointmentDate" = ${slot.date}::date) END,
        ${booking.idempotency?.key ?? null}, ${booking.idempotency?.fingerprint ?? null},
        ${booking.bookedById}::uuid, 'pending', ${booking.holdExpiresAt}::timestamptz, ${subtotal}, 0, ${subtotal},
        ${createdAt}::timestamptz, ${createdAt}::timestamptz
        FROM doctors d JOIN users u ON u.id = d."userId"
       WHERE d.id = ${doctor.id}::uuid AND d.status = 'approved' AND u.status = 'active' AND u.role = 'doctor'
      RETURNING id, "queueNumber"
    ), charge AS (
      INSERT INTO appointment_charges (id, "appointmentId", kind, "hospitalServiceId", description, amount, position)
      SELECT c.id, appointment.id, c.kind::"ChargeKind", c."hospitalServiceId", c.description, c.amount, c.position
        FROM appointment, jsonb_to_recordset(${JSON.stringify(charges)}::jsonb)
          AS c(id uuid, kind text, "hospitalServiceId" uuid, description text, amount int, position int)
    ), activity AS (
      INSERT INTO activity_logs (id, "userId", "userRole", action, details, "ipAddress", "userAgent")
      SELECT ${uuidv7()}::uuid, ${actor.userId}::uuid, ${actor.userRole}::"UserRole", 'book_appointment',
             ${JSON.stringify(details)}::jsonb, ${actor.ipAddress}, ${actor.userAgent?.slice(0, 500) ?? null}
        FROM appointment
    ), notification AS (
      INSERT INTO notifications (id, "recipientId", "recipientRole", type, title, message, "relatedToType",
        "relatedToId", "deliveryStatus")
      SELECT ${notificationId}::uuid, p."userId", 'patient', ${notice.type}::"NotificationType", ${notice.title},
             ${notice.message}::text || coalesce(${QUEUE_SUFFIX}::text || appointment."queueNumber", ''), 'appointment',
             appointment.id, 'pending'
        FROM appointment, patients p WHERE p.id = ${booking.patientId}::uuid
    )
    SELECT appointment."queueNumber", u."firstName", u."lastName"
      FROM appointment, patients p JOIN users u ON u.id = p."userId"
     WHERE p.id = ${booking.patientId}::uuid`
  const made = rows[0]
  // the doctor was deactivated while this booking waited for their row
  if (!made) throw new AppError('NOT_FOUND', 'No such doctor')
  const patient = { id: booking.patientId, user: { firstName: made.firstName, lastName: made.lastName } }
  return { appointment: { ...draft, queueNumber: made.queueNumber, patient }, notificationId }
}
