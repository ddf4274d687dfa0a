import type { TConsultationType } from '@medbook/contracts'
import type { PrismaClient } from '@medbook/db'
import { dateColumn } from '../availability/local-time.js'
import {
  type DoctorSchedule,
  findAvailableSlot,
  loadBookableDoctor,
  nextAvailableSlots,
  type Slot,
} from '../availability/service.js'
import { isUniqueViolation } from '../db-errors.js'
import { AppError } from '../errors.js'
import { readSettings, type Settings } from '../settings/service.js'
import { type AppointmentRow, appointmentSelect } from './present.js'

export interface BookingRequest {
  patientId: string
  bookedById: string
  doctorId: string
  startsAt: Date
  type: TConsultationType
  familyMemberId?: string
  reasonForVisit?: string
  symptoms: string[]
  idempotencyKey?: string
  /** set by reschedule: the appointment this one replaces, marked rescheduled in the same transaction */
  replaces?: { id: string }
}

export interface BookingResult {
  appointment: AppointmentRow
  /** false when an earlier request with the same idempotency key already made it */
  created: boolean
}

async function conflictWithAlternatives(
  db: PrismaClient,
  doctor: DoctorSchedule,
  request: BookingRequest,
  settings: Settings,
  now: Date,
) {
  const next = await nextAvailableSlots(db, doctor, request.startsAt, request.type, settings, now)
  return new AppError('CONFLICT', 'This slot was just taken; choose another', {
    nextSlots: next.map((slot) => ({
      startsAt: slot.startsAt.toISOString(),
      date: slot.date,
      startTime: slot.startTime,
    })),
  })
}

async function findByIdempotencyKey(db: PrismaClient, patientId: string, key: string | undefined) {
  if (!key) return null
  return db.appointment.findUnique({
    where: { patientId_idempotencyKey: { patientId, idempotencyKey: key } },
    select: appointmentSelect,
  })
}

/**
 * Books a slot. The partial unique index on (doctorId, startsAt) over active appointments
 * decides between concurrent bookings; queue numbers are taken under a per-doctor-per-day
 * advisory lock, so they are gap-free in booking order.
 */
export async function bookAppointment(
  db: PrismaClient,
  request: BookingRequest,
  now = new Date(),
): Promise<BookingResult> {
  const earlier = await findByIdempotencyKey(db, request.patientId, request.idempotencyKey)
  if (earlier) return { appointment: earlier, created: false }

  const settings = await readSettings(db)
  const doctor = await loadBookableDoctor(db, request.doctorId)
  if (request.familyMemberId) {
    const member = await db.familyMember.findFirst({
      where: { id: request.familyMemberId, patientId: request.patientId },
    })
    if (!member) throw new AppError('NOT_FOUND', 'No such family member on your account')
  }
  const slot = await findAvailableSlot(db, doctor, request.startsAt, request.type, settings, now)
  if (!slot) {
    // the same request, retried at once, may have taken this very slot a moment ago
    const made = await findByIdempotencyKey(db, request.patientId, request.idempotencyKey)
    if (made) return { appointment: made, created: false }
    const taken = await db.appointment.findFirst({
      where: { doctorId: doctor.id, startsAt: request.startsAt, status: { in: ['scheduled', 'completed', 'no_show'] } },
      select: { id: true },
    })
    if (taken) throw await conflictWithAlternatives(db, doctor, request, settings, now)
    throw new AppError('BAD_REQUEST', 'This doctor has no bookable slot at that time', { field: 'startsAt' })
  }

  try {
    const appointment = await db.$transaction((tx) =>
      insertAppointment(tx as PrismaClient, doctor, slot, request, settings, now),
    )
    return { appointment, created: true }
  } catch (error) {
    if (isUniqueViolation(error, 'idempotencyKey')) {
      const again = await findByIdempotencyKey(db, request.patientId, request.idempotencyKey)
      if (again) return { appointment: again, created: false }
    }
    if (isUniqueViolation(error, 'appointments_active_slot_key') || isUniqueViolation(error, 'startsAt')) {
      throw await conflictWithAlternatives(db, doctor, request, settings, now)
    }
    throw error
  }
}

/**
 * The next queue number of a doctor's day, under a transaction-scoped advisory lock on
 * (doctor, day): numbers are gap-free in booking order. Call inside the inserting transaction.
 */
export async function takeQueueNumber(tx: PrismaClient, doctorId: string, date: string): Promise<number> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`queue:${doctorId}:${date}`}, 0))`
  const last = await tx.appointment.aggregate({
    where: { doctorId, appointmentDate: dateColumn(date) },
    _max: { queueNumber: true },
  })
  return (last._max.queueNumber ?? 0) + 1
}

/**
 * First statement of every transaction that gives a doctor an appointment. A deactivation
 * holds the doctor's row FOR UPDATE while it empties the diary, so this waits for it; the
 * next statement reads committed state again (READ COMMITTED), so a doctor deactivated
 * meanwhile is refused and no active appointment is ever left on an inactive doctor.
 */
export async function lockDoctorForBooking(tx: PrismaClient, doctorId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM doctors WHERE id = ${doctorId}::uuid FOR KEY SHARE`
  const doctor = await tx.doctor.findUnique({
    where: { id: doctorId },
    select: { status: true, user: { select: { status: true, role: true } } },
  })
  if (doctor?.status !== 'approved' || doctor.user.status !== 'active' || doctor.user.role !== 'doctor') {
    throw new AppError('NOT_FOUND', 'No such doctor')
  }
}

async function insertAppointment(
  tx: PrismaClient,
  doctor: DoctorSchedule,
  slot: Slot,
  request: BookingRequest,
  settings: Settings,
  now: Date,
): Promise<AppointmentRow> {
  await lockDoctorForBooking(tx, doctor.id)
  const queueNumber = slot.type === 'in_person' ? await takeQueueNumber(tx, doctor.id, slot.date) : null
  if (request.replaces) {
    const moved = await tx.appointment.updateMany({
      where: { id: request.replaces.id, status: 'scheduled' },
      data: { status: 'rescheduled' },
    })
    if (moved.count === 0) throw new AppError('PRECONDITION_FAILED', 'Only a scheduled appointment can be rescheduled')
  }
  const prepay = settings['booking.prepaymentRequired'] && doctor.consultationFee > 0
  return tx.appointment.create({
    data: {
      patientId: request.patientId,
      familyMemberId: request.familyMemberId ?? null,
      doctorId: doctor.id,
      hospitalId: doctor.hospitalId,
      appointmentDate: dateColumn(slot.date),
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      type: slot.type,
      status: 'scheduled',
      reasonForVisit: request.reasonForVisit ?? null,
      symptoms: request.symptoms,
      queueNumber,
      rescheduledFromId: request.replaces?.id ?? null,
      idempotencyKey: request.idempotencyKey ?? null,
      bookedById: request.bookedById,
      paymentStatus: 'pending',
      holdExpiresAt: prepay ? new Date(now.getTime() + settings['booking.holdMinutes'] * 60_000) : null,
    },
    select: appointmentSelect,
  })
}
