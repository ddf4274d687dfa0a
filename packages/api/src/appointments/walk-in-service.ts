import type { ZWalkInInput } from '@medbook/contracts'
import type { PrismaClient } from '@medbook/db'
import type { z } from 'zod'
import type { ActivityActor } from '../audit/log-activity.js'
import type { Auth } from '../context.js'
import { AppError } from '../errors.js'
import { bookAppointment } from './booking-service.js'
import { idempotencyOf } from './idempotency.js'

/** A person's name as staff may type it: case, accents, spacing and the order of its words aside. */
function nameKey(firstName: string, lastName: string): string {
  return `${firstName} ${lastName}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .sort()
    .join(' ')
}

/**
 * Staff book a walk-in patient at their own hospital. The patient is found by phone number,
 * or a patient record without a password is made in the booking's transaction (they can
 * claim it later by signing up). A phone number alone never opens someone's account to a
 * hospital: the name typed must be the account's, else the desk would learn, and book on,
 * the account of whoever owns the number.
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
    select: { role: true, firstName: true, lastName: true, patient: { select: { id: true } } },
  })
  if (user && (user.role !== 'patient' || !user.patient)) {
    throw new AppError('CONFLICT', 'This phone number belongs to an account that is not a patient', {
      field: 'phoneNumber',
      reason: 'not_a_patient',
    })
  }
  if (user && nameKey(user.firstName, user.lastName) !== nameKey(input.firstName, input.lastName)) {
    throw new AppError(
      'CONFLICT',
      'This phone number is registered under another name; ask for the name on the account',
      {
        field: 'phoneNumber',
        reason: 'name_mismatch',
      },
    )
  }
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
