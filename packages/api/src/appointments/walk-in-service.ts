import type { ZWalkInInput } from '@medbook/contracts'
import type { PrismaClient } from '@medbook/db'
import type { z } from 'zod'
import type { ActivityActor } from '../audit/log-activity.js'
import type { Auth } from '../context.js'
import { AppError } from '../errors.js'
import { bookAppointment } from './booking-service.js'
import { idempotencyOf } from './idempotency.js'

/**
 * Staff book a walk-in patient at their own hospital. The patient is found by phone number,
 * or a patient record without a password is made in the booking's transaction (they can
 * claim it later by signing up).
 */
export async function bookWalkIn(
  db: PrismaClient,
  auth: Auth,
  actor: ActivityActor,
  input: z.output<typeof ZWalkInInput>,
  now: Date,
) {
  const doctor = await db.doctor.findUnique({ where: { id: input.doctorId }, select: { hospitalId: true } })
  if (!doctor || doctor.hospitalId !== auth.user.hospitalId)
    throw new AppError('NOT_FOUND', 'No such doctor at your hospital')
  const user = await db.user.findUnique({
    where: { phoneNumber: input.phoneNumber },
    select: { role: true, patient: { select: { id: true } } },
  })
  if (user && user.role !== 'patient') {
    throw new AppError('CONFLICT', 'This phone number belongs to a staff account', { field: 'phoneNumber' })
  }
  if (user && !user.patient)
    throw new AppError('CONFLICT', 'This account has no patient record', { field: 'phoneNumber' })
  const { phoneNumber, firstName, lastName } = input
  const patient = user?.patient ? { id: user.patient.id } : { newWalkIn: { phoneNumber, firstName, lastName } }
  return bookAppointment(
    db,
    {
      patient,
      bookedById: auth.user.id,
      actor,
      doctorId: input.doctorId,
      startsAt: input.startsAt,
      type: 'in_person',
      reasonForVisit: input.reasonForVisit,
      symptoms: [],
      walkIn: true,
      idempotency: idempotencyOf(input.idempotencyKey, [
        'walk_in',
        phoneNumber,
        firstName,
        lastName,
        input.doctorId,
        input.startsAt.toISOString(),
        input.reasonForVisit ?? null,
      ]),
    },
    now,
  )
}
