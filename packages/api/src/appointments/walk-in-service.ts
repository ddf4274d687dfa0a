import type { ZWalkInInput } from '@medbook/contracts'
import type { PrismaClient } from '@medbook/db'
import type { z } from 'zod'
import type { Auth } from '../context.js'
import { AppError } from '../errors.js'
import { bookAppointment } from './booking-service.js'

/**
 * Staff book a walk-in patient at their own hospital. The patient is found by phone number,
 * or a patient record without a password is made (they can claim it later by signing up).
 */
export async function bookWalkIn(db: PrismaClient, auth: Auth, input: z.output<typeof ZWalkInInput>) {
  const doctor = await db.doctor.findUnique({ where: { id: input.doctorId }, select: { hospitalId: true } })
  if (!doctor || doctor.hospitalId !== auth.user.hospitalId)
    throw new AppError('NOT_FOUND', 'No such doctor at your hospital')
  let user = await db.user.findUnique({ where: { phoneNumber: input.phoneNumber }, include: { patient: true } })
  if (user && user.role !== 'patient') {
    throw new AppError('CONFLICT', 'This phone number belongs to a staff account', { field: 'phoneNumber' })
  }
  if (!user) {
    user = await db.user.create({
      data: {
        role: 'patient',
        phoneNumber: input.phoneNumber,
        firstName: input.firstName,
        lastName: input.lastName,
        patient: { create: {} },
      },
      include: { patient: true },
    })
  }
  const patientId = user.patient?.id ?? (await db.patient.create({ data: { userId: user.id } })).id
  return bookAppointment(db, {
    patientId,
    bookedById: auth.user.id,
    doctorId: input.doctorId,
    startsAt: input.startsAt,
    type: 'in_person',
    reasonForVisit: input.reasonForVisit,
    symptoms: [],
    idempotencyKey: input.idempotencyKey,
  })
}
