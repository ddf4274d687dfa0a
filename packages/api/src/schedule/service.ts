import type { Prisma, PrismaClient } from '@medbook/db'
import { fullName } from '../appointments/present.js'
import { instantToLocal, localToInstant, shiftDate } from '../availability/local-time.js'
import type { Auth } from '../context.js'
import { AppError } from '../errors.js'

/** The hospital whose schedule the caller runs: staff their hospital's, a doctor their own. */
export async function scheduleScope(db: PrismaClient, auth: Auth, doctorId?: string) {
  const user = auth.user
  const hospitalId = user.hospitalId
  if (!hospitalId) throw new AppError('FORBIDDEN', 'This account is not attached to a hospital')
  if (user.role === 'doctor') {
    if (!user.doctorId) throw new AppError('FORBIDDEN', 'This account has no doctor profile')
    if (doctorId && doctorId !== user.doctorId) throw new AppError('FORBIDDEN', 'Doctors see their own schedule only')
    return { hospitalId, doctorIds: [user.doctorId] }
  }
  const doctors = await db.doctor.findMany({
    where: { hospitalId, ...(doctorId ? { id: doctorId } : {}), status: { not: 'rejected' } },
    select: { id: true },
  })
  if (doctorId && doctors.length === 0) throw new AppError('NOT_FOUND', 'No such doctor at your hospital')
  return { hospitalId, doctorIds: doctors.map((doctor) => doctor.id) }
}

/** Appointments of the caller's hospital (or doctor) between two local days, with the day's queue order. */
export async function listSchedule(
  db: PrismaClient,
  auth: Auth,
  input: { from: string; to: string; doctorId?: string },
) {
  const scope = await scheduleScope(db, auth, input.doctorId)
  const hospital = await db.hospital.findUniqueOrThrow({ where: { id: scope.hospitalId }, select: { timeZone: true } })
  const zone = hospital.timeZone
  const where: Prisma.AppointmentWhereInput = {
    hospitalId: scope.hospitalId,
    doctorId: { in: scope.doctorIds },
    startsAt: {
      gte: localToInstant(input.from, '00:00', zone),
      lt: localToInstant(shiftDate(input.to, 1), '00:00', zone),
    },
  }
  const [rows, doctors] = await Promise.all([
    db.appointment.findMany({
      where,
      orderBy: [{ startsAt: 'asc' }, { queueNumber: 'asc' }],
      select: {
        id: true,
        status: true,
        type: true,
        startsAt: true,
        endsAt: true,
        queueNumber: true,
        reasonForVisit: true,
        holdExpiresAt: true,
        paymentStatus: true,
        totalAmount: true,
        patientId: true,
        doctor: { select: { id: true, user: { select: { firstName: true, lastName: true } } } },
        familyMember: { select: { id: true, firstName: true, lastName: true, relationship: true } },
        medicalRecord: { select: { id: true } },
        patient: { select: { id: true, user: { select: { firstName: true, lastName: true, phoneNumber: true } } } },
      },
      take: 2000,
    }),
    db.doctor.findMany({
      where: { id: { in: scope.doctorIds } },
      select: { id: true, user: { select: { firstName: true, lastName: true } } },
    }),
  ])
  const patientIds = [...new Set(rows.map((row) => row.patientId))]
  const noShows = await db.appointment.groupBy({
    by: ['patientId'],
    where: { patientId: { in: patientIds }, status: 'no_show' },
    _count: { _all: true },
  })
  const noShowCount = new Map(noShows.map((group) => [group.patientId, group._count._all]))
  return {
    timeZone: zone,
    doctors: doctors
      .map((doctor) => ({ id: doctor.id, name: fullName(doctor.user) }))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    appointments: rows.map((row) => {
      const start = instantToLocal(row.startsAt, zone)
      return {
        id: row.id,
        status: row.status,
        type: row.type,
        date: start.date,
        startTime: start.time,
        endTime: instantToLocal(row.endsAt, zone).time,
        startsAt: row.startsAt,
        queueNumber: row.queueNumber,
        doctor: { id: row.doctor.id, name: fullName(row.doctor.user) },
        visitor: row.familyMember
          ? {
              name: fullName(row.familyMember),
              relationship: row.familyMember.relationship,
              familyMemberId: row.familyMember.id,
            }
          : { name: fullName(row.patient.user), relationship: null, familyMemberId: null },
        patient: {
          id: row.patient.id,
          name: fullName(row.patient.user),
          phoneNumber: row.patient.user.phoneNumber,
          noShowCount: noShowCount.get(row.patientId) ?? 0,
        },
        reasonForVisit: row.reasonForVisit,
        heldUntil: row.holdExpiresAt,
        paymentStatus: row.paymentStatus,
        totalAmount: row.totalAmount,
        hasRecord: row.medicalRecord !== null,
      }
    }),
  }
}
