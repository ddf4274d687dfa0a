import { visitCanBeClosed } from '@medbook/contracts'
import type { PrismaClient } from '@medbook/db'
import type { Auth } from '../context.js'
import { AppError } from '../errors.js'
import { readSettings } from '../settings/service.js'
import { visibleAppointments } from './access.js'
import { bookAppointment } from './booking-service.js'
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

/** Cancels with a reason; the slot frees at once (the partial unique index ignores cancelled rows). */
export async function cancelAppointment(db: PrismaClient, auth: Auth, id: string, reason: string, now = new Date()) {
  const row = await findVisibleAppointment(db, auth, id)
  assertMove(row.status, 'cancelled')
  if (auth.user.role === 'patient') await assertBeforePatientCutoff(db, row.startsAt, now, 'cancel')
  const { count } = await db.appointment.updateMany({
    where: { id, status: 'scheduled' },
    data: {
      status: 'cancelled',
      cancelledBy: CANCELLED_BY[auth.user.role],
      cancellationReason: reason,
      holdExpiresAt: null,
    },
  })
  if (count === 0) throw new AppError('CONFLICT', 'The appointment changed meanwhile; reload it')
  return db.appointment.findUniqueOrThrow({ where: { id }, select: appointmentSelect })
}

/** One transaction creates the new appointment, marks the old one rescheduled and links them. */
export async function rescheduleAppointment(
  db: PrismaClient,
  auth: Auth,
  input: { appointmentId: string; startsAt: Date; idempotencyKey?: string },
  now = new Date(),
) {
  const old = await findVisibleAppointment(db, auth, input.appointmentId)
  if (input.idempotencyKey) {
    const done = await db.appointment.findFirst({
      where: { rescheduledFromId: old.id, idempotencyKey: input.idempotencyKey },
      select: appointmentSelect,
    })
    if (done) return { appointment: done, created: false }
  }
  assertMove(old.status, 'rescheduled')
  if (auth.user.role === 'patient') await assertBeforePatientCutoff(db, old.startsAt, now, 'reschedule')
  return bookAppointment(
    db,
    {
      patientId: old.patientId,
      bookedById: auth.user.id,
      doctorId: old.doctorId,
      startsAt: input.startsAt,
      type: old.type,
      familyMemberId: old.familyMember?.id,
      reasonForVisit: old.reasonForVisit ?? undefined,
      symptoms: old.symptoms,
      idempotencyKey: input.idempotencyKey,
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
  now = new Date(),
) {
  const row = await findVisibleAppointment(db, auth, id)
  assertMove(row.status, outcome)
  if (!visitCanBeClosed(row, now)) {
    throw new AppError('PRECONDITION_FAILED', 'A visit can be closed only once its time has come', {
      reason: 'not_started',
    })
  }
  const { count } = await db.appointment.updateMany({ where: { id, status: 'scheduled' }, data: { status: outcome } })
  if (count === 0) throw new AppError('CONFLICT', 'The appointment changed meanwhile; reload it')
  return db.appointment.findUniqueOrThrow({ where: { id }, select: appointmentSelect })
}
