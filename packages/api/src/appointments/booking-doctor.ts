import type { PrismaClient } from '@medbook/db'
import { bookable, type DoctorSchedule } from '../availability/service.js'

/** A bookable doctor's schedule, and the names a booking's answer and notification show. */
export type BookingDoctor = DoctorSchedule & {
  user: DoctorSchedule['user'] & { firstName: string; lastName: string }
  hospital: DoctorSchedule['hospital'] & { name: string; street: string; city: string }
}

interface Row {
  doctor: Omit<BookingDoctor, 'availability' | 'onlineConsultationHours' | 'hospital'>
  hospital: Omit<BookingDoctor['hospital'], 'operatingHours'>
  availability: BookingDoctor['availability']
  onlineConsultationHours: BookingDoctor['onlineConsultationHours']
  operatingHours: BookingDoctor['hospital']['operatingHours']
}

/**
 * loadBookableDoctor in one statement instead of six (Prisma reads each relation with its own
 * query), plus the doctor's and hospital's names. The same rules: an approved doctor with an
 * active doctor account, at an active and verified hospital (booking-doctor.integration.test.ts
 * compares the two on every kind of doctor).
 */
export async function loadBookingDoctor(db: PrismaClient, doctorId: string): Promise<BookingDoctor> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT json_build_object('id', d.id, 'status', d.status, 'hospitalId', d."hospitalId",
             'consultationFee', d."consultationFee",
             'user', json_build_object('status', u.status, 'role', u.role, 'firstName', u."firstName", 'lastName', u."lastName")) AS doctor,
           json_build_object('id', h.id, 'status', h.status, 'verified', h.verified, 'timeZone', h."timeZone",
             'name', h.name, 'street', h.street, 'city', h.city) AS hospital,
           (SELECT coalesce(json_agg(json_build_object('day', s.day, 'startTime', s."startTime", 'endTime', s."endTime", 'type', s.type) ORDER BY s.id), '[]')
              FROM doctor_availability_slots s WHERE s."doctorId" = d.id) AS availability,
           (SELECT coalesce(json_agg(json_build_object('day', o.day, 'startTime', o."startTime", 'endTime', o."endTime") ORDER BY o.id), '[]')
              FROM doctor_online_hours o WHERE o."doctorId" = d.id) AS "onlineConsultationHours",
           (SELECT coalesce(json_agg(json_build_object('day', oh.day, 'openTime', oh."openTime", 'closeTime', oh."closeTime") ORDER BY oh.id), '[]')
              FROM hospital_operating_hours oh WHERE oh."hospitalId" = h.id) AS "operatingHours"
      FROM doctors d JOIN users u ON u.id = d."userId" JOIN hospitals h ON h.id = d."hospitalId"
     WHERE d.id = ${doctorId}::uuid`
  const row = rows[0]
  return bookable<BookingDoctor>(
    row
      ? {
          ...row.doctor,
          availability: row.availability,
          onlineConsultationHours: row.onlineConsultationHours,
          hospital: { ...row.hospital, operatingHours: row.operatingHours },
        }
      : null,
  )
}
