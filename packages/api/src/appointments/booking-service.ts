import type { TConsultationType } from '@medbook/contracts'
import type { PrismaClient } from '@medbook/db'
import { type ActivityActor, logActivity } from '../audit/log-activity.js'
import { dateColumn } from '../availability/local-time.js'
import { type DoctorSchedule, findAvailableSlot, nextAvailableSlots, type Slot } from '../availability/service.js'
import { isUniqueViolation } from '../db-errors.js'
import { AppError } from '../errors.js'
import { type PricedLine, priceVisit, subtotalOf } from '../payments/bill.js'
import { carryBillOver, writeBill } from '../payments/booking-bill.js'
import { readSettings, type Settings } from '../settings/service.js'
import { type BookingDoctor, loadBookingDoctor } from './booking-doctor.js'
import { findReplay, type Idempotency } from './idempotency.js'
import { insertBooking } from './insert-booking.js'
import { recordAppointmentNotification } from './notify.js'
import { type AppointmentRow, appointmentSelect } from './present.js'

/** A walk-in nobody knows yet: registered by phone in the booking's own transaction. */
export interface NewWalkInPatient {
  phoneNumber: string
  firstName: string
  lastName: string
}

export interface BookingRequest {
  /** who the visit is for */
  patient: { id: string } | { newWalkIn: NewWalkInPatient }
  /** the account making the request (the patient, or staff for a walk-in); idempotency keys are theirs */
  bookedById: string
  /** written to ActivityLogs in the booking's transaction */
  actor: ActivityActor
  doctorId: string
  startsAt: Date
  type: TConsultationType
  familyMemberId?: string
  reasonForVisit?: string
  symptoms: string[]
  idempotency?: Idempotency
  walkIn?: boolean
  /** set by reschedule: the appointment this one replaces, marked rescheduled in the same transaction */
  replaces?: { id: string }
  /** services from the hospital's price list, billed beside the consultation (a reschedule keeps the old bill) */
  hospitalServiceIds?: readonly string[]
  promotionCode?: string
}

export interface BookingResult {
  appointment: AppointmentRow
  /** false when an earlier request with the same idempotency key already made it */
  created: boolean
  /** notifications written with the booking, for dispatchNotifications once it has committed */
  notificationIds: string[]
}

/** A rush of bookings queues for a connection (the embedded database has one) rather than failing after Prisma's 2 s. */
export const BOOKING_TRANSACTION = { maxWait: 10_000, timeout: 15_000 }

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
  const replay = () => findReplay(db, request.bookedById, request.idempotency)
  const earlier = await replay()
  if (earlier) return { appointment: earlier, created: false, notificationIds: [] }

  const settings = await readSettings(db)
  const doctor = await loadBookingDoctor(db, request.doctorId)
  let familyMember: AppointmentRow['familyMember'] = null
  if (request.familyMemberId) {
    const patientId = 'id' in request.patient ? request.patient.id : null
    familyMember = patientId
      ? await db.familyMember.findFirst({
          where: { id: request.familyMemberId, patientId },
          select: { id: true, firstName: true, lastName: true, relationship: true },
        })
      : null
    if (!familyMember) throw new AppError('NOT_FOUND', 'No such family member on your account')
  }
  const lines = request.replaces ? [] : await priceVisit(db, doctor, request.hospitalServiceIds ?? [])
  const slot = await findAvailableSlot(db, doctor, request.startsAt, request.type, settings, now)
  if (!slot) {
    // the same request, retried at once, may have taken this very slot a moment ago
    const made = await replay()
    if (made) return { appointment: made, created: false, notificationIds: [] }
    const taken = await db.appointment.findFirst({
      where: { doctorId: doctor.id, startsAt: request.startsAt, status: { in: ['scheduled', 'completed', 'no_show'] } },
      select: { id: true },
    })
    if (taken) throw await conflictWithAlternatives(db, doctor, request, settings, now)
    throw new AppError('BAD_REQUEST', 'This doctor has no bookable slot at that time', { field: 'startsAt' })
  }

  try {
    return await db.$transaction(async (tx) => {
      if (!request.replaces && !request.promotionCode) {
        const booked = await insertNewBooking(
          tx as PrismaClient,
          doctor,
          slot,
          request,
          familyMember,
          lines,
          settings,
          now,
        )
        return { appointment: booked.appointment, created: true, notificationIds: [booked.notificationId] }
      }
      const appointment = await insertAppointment(tx as PrismaClient, doctor, slot, request, lines, settings, now)
      const notificationId = await recordFollowUps(tx as PrismaClient, appointment, request)
      return { appointment, created: true, notificationIds: [notificationId] }
    }, BOOKING_TRANSACTION)
  } catch (error) {
    // a concurrent copy of this very request may have committed first (same key, or the same slot)
    if (isUniqueViolation(error)) {
      const again = await replay()
      if (again) return { appointment: again, created: false, notificationIds: [] }
    }
    if (isUniqueViolation(error, 'appointments_active_slot_key') || isUniqueViolation(error, 'startsAt')) {
      throw await conflictWithAlternatives(db, doctor, request, settings, now)
    }
    if (isUniqueViolation(error, 'phoneNumber')) {
      throw new AppError('CONFLICT', 'This phone number was registered a moment ago; try again', {
        field: 'phoneNumber',
      })
    }
    throw error
  }
}

/** What must follow a booking, written in its transaction: the activity log and the patient's notification. */
async function recordFollowUps(tx: PrismaClient, appointment: AppointmentRow, request: BookingRequest) {
  if (request.replaces) {
    await logActivity(tx, request.actor, 'reschedule_appointment', {
      appointmentId: appointment.id,
      from: request.replaces.id,
    })
    return recordAppointmentNotification(tx, appointment, 'appointment_rescheduled')
  }
  await logActivity(tx, request.actor, 'book_appointment', {
    appointmentId: appointment.id,
    ...(request.walkIn ? { walkIn: true } : {}),
  })
  return recordAppointmentNotification(tx, appointment, 'appointment_confirmation')
}

async function patientIdFor(tx: PrismaClient, patient: BookingRequest['patient']): Promise<string> {
  if ('id' in patient) return patient.id
  const user = await tx.user.create({
    data: { role: 'patient', ...patient.newWalkIn, patient: { create: {} } },
    select: { patient: { select: { id: true } } },
  })
  return user.patient?.id as string
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
  const bookable = await tx.$queryRaw<unknown[]>`
    SELECT 1 FROM doctors d JOIN users u ON u.id = d."userId"
     WHERE d.id = ${doctorId}::uuid AND d.status = 'approved' AND u.status = 'active' AND u.role = 'doctor'`
  if (bookable.length === 0) throw new AppError('NOT_FOUND', 'No such doctor')
}

/** Until when an unpaid booking is held for its prepayment, or null when it needs none. */
function holdUntil(bill: { total: number; paid: boolean }, slot: Slot, settings: Settings, now: Date): Date | null {
  const prepay =
    bill.total > 0 &&
    !bill.paid &&
    (settings['booking.prepaymentRequired'] ||
      (slot.type === 'online' && settings['payments.prepayOnlineConsultations']))
  return prepay ? new Date(now.getTime() + settings['booking.holdMinutes'] * 60_000) : null
}

/** A new booking without a promotion: insertBooking's two statements (after a walk-in's registration). */
async function insertNewBooking(
  tx: PrismaClient,
  doctor: BookingDoctor,
  slot: Slot,
  request: BookingRequest,
  familyMember: AppointmentRow['familyMember'],
  lines: readonly PricedLine[],
  settings: Settings,
  now: Date,
) {
  const patientId = await patientIdFor(tx, request.patient)
  return insertBooking(tx, doctor, {
    patientId,
    familyMember,
    slot,
    reasonForVisit: request.reasonForVisit ?? null,
    symptoms: request.symptoms,
    idempotency: request.idempotency ?? null,
    bookedById: request.bookedById,
    lines,
    holdExpiresAt: holdUntil({ total: subtotalOf(lines), paid: false }, slot, settings, now),
    actor: request.actor,
    walkIn: request.walkIn ?? false,
  })
}

async function insertAppointment(
  tx: PrismaClient,
  doctor: DoctorSchedule,
  slot: Slot,
  request: BookingRequest,
  lines: readonly PricedLine[],
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
  const patientId = await patientIdFor(tx, request.patient)
  const created = await tx.appointment.create({
    data: {
      patientId,
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
      idempotencyKey: request.idempotency?.key ?? null,
      idempotencyFingerprint: request.idempotency?.fingerprint ?? null,
      bookedById: request.bookedById,
      paymentStatus: 'pending',
    },
    select: { id: true },
  })
  const bill = request.replaces
    ? await carryBillOver(tx, request.replaces.id, created.id)
    : await writeBill(
        tx,
        { appointmentId: created.id, patientId, hospitalId: doctor.hospitalId },
        lines,
        request.promotionCode,
        now,
      )
  return tx.appointment.update({
    where: { id: created.id },
    data: { holdExpiresAt: holdUntil(bill, slot, settings, now) },
    select: appointmentSelect,
  })
}
