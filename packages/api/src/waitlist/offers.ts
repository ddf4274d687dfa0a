import type { PrismaClient } from '@medbook/db'
import { lockDoctorForBooking, takeQueueNumber } from '../appointments/booking-service.js'
import { dispatchNotifications } from '../appointments/notify.js'
import { appointmentSelect } from '../appointments/present.js'
import { instantToLocal } from '../availability/local-time.js'
import { findAvailableSlot, loadBookableDoctor } from '../availability/service.js'
import { isUniqueViolation } from '../db-errors.js'
import { priceVisit } from '../payments/bill.js'
import { writeBill } from '../payments/booking-bill.js'
import type { Services } from '../services.js'
import { readSettings } from '../settings/service.js'

/**
 * A slot of `doctorId` at `startsAt` has just freed. The first patient waiting for that
 * day (and consultation type) gets it held for them until the claim window ends.
 * Returns the waitlist entry offered, or null.
 */
export async function offerFreedSlot(
  db: PrismaClient,
  services: Services,
  doctorId: string,
  startsAt: Date,
  now = new Date(),
) {
  if (startsAt.getTime() <= now.getTime()) return null
  const doctor = await loadBookableDoctor(db, doctorId).catch(() => null)
  if (!doctor) return null
  const settings = await readSettings(db)
  const { date } = instantToLocal(startsAt, doctor.hospital.timeZone)
  for (;;) {
    const entry = await db.waitlistEntry.findFirst({
      where: { doctorId, date: new Date(`${date}T00:00:00Z`), status: 'waiting' },
      orderBy: { createdAt: 'asc' },
      include: { patient: { select: { user: { select: { id: true } } } } },
    })
    if (!entry) return null
    const slot = await findAvailableSlot(db, doctor, startsAt, entry.type, settings, now)
    if (!slot) return null
    const offerExpiresAt = new Date(now.getTime() + settings['booking.waitlistClaimMinutes'] * 60_000)
    const offered = await db
      .$transaction(async (tx) => {
        await lockDoctorForBooking(tx as PrismaClient, doctorId)
        const claimed = await tx.waitlistEntry.updateMany({
          where: { id: entry.id, status: 'waiting' },
          data: { status: 'offered' },
        })
        if (claimed.count === 0) return null
        const queueNumber =
          slot.type === 'in_person' ? await takeQueueNumber(tx as PrismaClient, doctorId, slot.date) : null
        const appointment = await tx.appointment.create({
          data: {
            patientId: entry.patientId,
            familyMemberId: entry.familyMemberId,
            doctorId,
            hospitalId: doctor.hospitalId,
            appointmentDate: new Date(`${slot.date}T00:00:00Z`),
            startsAt: slot.startsAt,
            endsAt: slot.endsAt,
            type: slot.type,
            queueNumber,
            bookedById: entry.patient.user.id,
            holdExpiresAt: offerExpiresAt,
          },
          select: appointmentSelect,
        })
        // an offered visit costs its consultation, like any booking
        await writeBill(
          tx as PrismaClient,
          { appointmentId: appointment.id, patientId: entry.patientId, hospitalId: doctor.hospitalId },
          await priceVisit(tx, doctor, []),
          undefined,
          now,
        )
        await tx.waitlistEntry.update({
          where: { id: entry.id },
          data: { offeredAppointmentId: appointment.id, offerExpiresAt },
        })
        // the offer and the patient's notice of it commit together
        const held = `${slot.date} ${slot.startTime} · ${appointment.hospital.name}`
        const notice = await tx.notification.create({
          data: {
            recipientId: entry.patient.user.id,
            recipientRole: 'patient',
            type: 'waitlist_slot_available',
            title: 'Có lịch trống cho bạn / A slot opened for you',
            message: `${held} — giữ đến / held until ${instantToLocal(offerExpiresAt, doctor.hospital.timeZone).time}`,
            relatedToType: 'appointment',
            relatedToId: appointment.id,
            deliveryStatus: 'pending',
            // the offer lapses with its hold: the bell counts down to it, then it is gone
            expiresAt: offerExpiresAt,
          },
          select: { id: true },
        })
        return notice.id
      })
      .catch((error: unknown) => {
        // someone booked the slot between our check and the insert: nothing to offer
        if (isUniqueViolation(error)) return null
        throw error
      })
    if (!offered) continue
    await dispatchNotifications(db, services, [offered])
    return entry.id
  }
}
