import { visitCanBeClosed } from '@medbook/contracts'
import type { PrismaClient } from '@medbook/db'
import { type ActivityActor, logActivity } from '../audit/log-activity.js'
import type { Auth } from '../context.js'
import { AppError } from '../errors.js'
import { settleCancellation } from '../payments/cancellation.js'
import { recordReviewNotification } from '../reviews/notify.js'
import { readSettings } from '../settings/service.js'
import { visibleAppointments } from './access.js'
import { BOOKING_TRANSACTION, bookAppointment } from './booking-service.js'
import { findReplay, idempotencyOf } from './idempotency.js'
import { recordAppointmentNotification } from './notify.js'
import { type AppointmentRow, appointmentSelect } from './present.js'
import { assertMove } from './state-machine.js'

const CANCELLED_BY = { patient: 'patient', doctor: 'doctor', hospital: 'hospital', admin: 'system' } as const

export async function findVisibleAppointment(db: PrismaClient, auth: Auth, id: string): Promise<AppointmentRow> {
  const row = await db.appointment.findFirst({ where: { id, ...visibleAppointments(auth) }, select: appointmentSelect })
  if (!row) throw new AppError('NOT_FOUND', 'No such appointment')
  return row
}

async function assertBeforePatientCutoff(db: PrismaClient, startsAt: Date, now: Date, action: string) {
  const settings = await readSettings(db)
  const cutoff = settings['booking.cancellationCutoffHours']
  if (startsAt.getTime() - now.getTime() < cutoff * 3_600_000) {
    throw new AppError(
      'PRECONDITION_FAILED',
      `Patients can ${action} up to ${cutoff} hours before the visit; call the hospital`,
      {
        cutoffHours: cutoff,
      },
    )
  }
}

/**
 * Cancels with a reason; the slot frees at once (the partial unique index ignores cancelled
 * rows). The activity log and the patient's notification commit with the cancellation.
 */
export async function cancelAppointment(
  db: PrismaClient,
  auth: Auth,
  actor: ActivityActor,
  input: { appointmentId: string; reason: string },
  now: Date,
) {
  const id = input.appointmentId
  const row = await findVisibleAppointment(db, auth, id)
  assertMove(row.status, 'cancelled')
  if (auth.user.role === 'patient') await assertBeforePatientCutoff(db, row.startsAt, now, 'cancel')
  return db.$transaction(async (tx) => {
    const { count } = await tx.appointment.updateMany({
      where: { id, status: 'scheduled' },
      data: {
        status: 'cancelled',
        cancelledBy: CANCELLED_BY[auth.user.role],
        cancellationReason: input.reason,
        holdExpiresAt: null,
      },
    })
    if (count === 0) throw new AppError('CONFLICT', 'The appointment changed meanwhile; reload it')
    const refundIds = await settleCancellation(tx as PrismaClient, {
      appointmentId: id,
      startsAt: row.startsAt,
      by: CANCELLED_BY[auth.user.role],
      now,
    })
    const cancelled = await tx.appointment.findUniqueOrThrow({ where: { id }, select: appointmentSelect })
    await logActivity(tx, actor, 'cancel_appointment', { appointmentId: id, reason: input.reason })
    const notificationId = await recordAppointmentNotification(tx, cancelled, 'appointment_cancelled', input.reason)
    return { appointment: cancelled, notificationIds: [notificationId], refundIds }
  }, BOOKING_TRANSACTION)
}

/** One transaction creates the new appointment, marks the old one rescheduled and links them. */
export async function rescheduleAppointment(
  db: PrismaClient,
  auth: Auth,
  actor: ActivityActor,
  input: { appointmentId: string; startsAt: Date; idempotencyKey?: string },
  now: Date,
) {
  const idempotency = idempotencyOf(input.idempotencyKey, [
    'reschedule',
    input.appointmentId,
    input.startsAt.toISOString(),
  ])
  const done = await findReplay(db, auth.user.id, idempotency)
  if (done) return { appointment: done, created: false, notificationIds: [] }
  const old = await findVisibleAppointment(db, auth, input.appointmentId)
  assertMove(old.status, 'rescheduled')
  if (auth.user.role === 'patient') await assertBeforePatientCutoff(db, old.startsAt, now, 'reschedule')
  return bookAppointment(
    db,
    {
      patient: { id: old.patientId },
      bookedById: auth.user.id,
      actor,
      doctorId: old.doctorId,
      startsAt: input.startsAt,
      type: old.type,
      familyMemberId: old.familyMember?.id,
      reasonForVisit: old.reasonForVisit ?? undefined,
      symptoms: old.symptoms,
      idempotency,
      replaces: { id: old.id },
    },
    now,
  )
}

/** Doctors and hospital staff close a visit that has started: it happened, or the patient did not come. */
export async function recordOutcome(
  db: PrismaClient,
  auth: Auth,
  id: string,
  outcome: 'completed' | 'no_show',
  now: Date,
) {
  const row = await findVisibleAppointment(db, auth, id)
  assertMove(row.status, outcome)
  if (!visitCanBeClosed(row, now)) {
    throw new AppError('PRECONDITION_FAILED', 'A visit can be closed only once its time has come', {
      reason: 'not_started',
    })
  }
  return db.$transaction(async (tx) => {
    const { count } = await tx.appointment.updateMany({ where: { id, status: 'scheduled' }, data: { status: outcome } })
    if (count === 0) throw new AppError('CONFLICT', 'The appointment changed meanwhile; reload it')
    // a completed visit invites its patient to review it, in the same commit
    const notificationIds =
      outcome === 'completed'
        ? [
            await recordReviewNotification(tx, {
              patientId: row.patientId,
              kind: 'review_invitation',
              message: `BS ${row.doctor.user.lastName} ${row.doctor.user.firstName} · ${row.hospital.name}`,
              relatedTo: { type: 'appointment', id },
            }),
          ]
        : []
    const appointment = await tx.appointment.findUniqueOrThrow({ where: { id }, select: appointmentSelect })
    return { appointment, notificationIds }
  })
}
