import type { ZJoinWaitlistInput } from '@medbook/contracts'
import type { Prisma, PrismaClient } from '@medbook/db'
import type { z } from 'zod'
import { fullName } from '../appointments/present.js'
import { instantToLocal } from '../availability/local-time.js'
import { type DoctorSchedule, listSlotDays, loadBookableDoctor } from '../availability/service.js'
import { isUniqueViolation } from '../db-errors.js'
import { AppError } from '../errors.js'
import { readSettings } from '../settings/service.js'

const entrySelect = {
  id: true,
  date: true,
  type: true,
  status: true,
  familyMemberId: true,
  offeredAppointmentId: true,
  offerExpiresAt: true,
  createdAt: true,
  doctor: {
    select: { id: true, user: { select: { firstName: true, lastName: true } }, hospital: { select: { name: true } } },
  },
} satisfies Prisma.WaitlistEntrySelect

type EntryRow = Prisma.WaitlistEntryGetPayload<{ select: typeof entrySelect }>

function toEntry(row: EntryRow) {
  return {
    id: row.id,
    doctor: { id: row.doctor.id, name: fullName(row.doctor.user) },
    hospitalName: row.doctor.hospital.name,
    date: row.date.toISOString().slice(0, 10),
    type: row.type,
    status: row.status,
    familyMemberId: row.familyMemberId,
    offeredAppointmentId: row.offeredAppointmentId,
    offerExpiresAt: row.offerExpiresAt,
    createdAt: row.createdAt,
  }
}

/** A day the doctor works (template slots of that type, no holiday, no whole-day closure), within the horizon. */
/** Whether the doctor sees patients of the type that day: the slot picker's own definition of a working day. */
async function worksOn(
  db: PrismaClient,
  doctor: DoctorSchedule,
  date: string,
  type: 'in_person' | 'online',
  now: Date,
) {
  const day = await listSlotDays(db, doctor, { from: date, to: date, type }, await readSettings(db), now)
  return day.workingDates.includes(date)
}

export async function joinWaitlist(
  db: PrismaClient,
  patientId: string,
  input: z.output<typeof ZJoinWaitlistInput>,
  now = new Date(),
) {
  const doctor = await loadBookableDoctor(db, input.doctorId)
  if (input.date < instantToLocal(now, doctor.hospital.timeZone).date) {
    throw new AppError('BAD_REQUEST', 'That day has passed', { field: 'date', reason: 'day_passed' })
  }
  if (!(await worksOn(db, doctor, input.date, input.type, now))) {
    throw new AppError('BAD_REQUEST', 'The doctor does not see patients that day', {
      field: 'date',
      reason: 'not_working_day',
    })
  }
  if (input.familyMemberId && !(await db.familyMember.findFirst({ where: { id: input.familyMemberId, patientId } }))) {
    throw new AppError('NOT_FOUND', 'No such family member on your account')
  }
  try {
    const row = await db.waitlistEntry.create({
      data: {
        patientId,
        familyMemberId: input.familyMemberId ?? null,
        doctorId: doctor.id,
        date: new Date(`${input.date}T00:00:00Z`),
        type: input.type,
      },
      select: entrySelect,
    })
    return toEntry(row)
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('CONFLICT', 'You are already on this doctor’s waitlist for that day', {
        reason: 'already_waiting',
      })
    }
    throw error
  }
}

export async function listMyWaitlist(db: PrismaClient, patientId: string) {
  const rows = await db.waitlistEntry.findMany({
    where: { patientId, status: { in: ['waiting', 'offered'] } },
    orderBy: { date: 'asc' },
    select: entrySelect,
  })
  return rows.map(toEntry)
}

export async function leaveWaitlist(db: PrismaClient, patientId: string, id: string) {
  const entry = await db.waitlistEntry.findFirst({ where: { id, patientId, status: { in: ['waiting', 'offered'] } } })
  if (!entry) throw new AppError('NOT_FOUND', 'No such waitlist entry on your account')
  await db.$transaction(async (tx) => {
    await tx.waitlistEntry.update({ where: { id }, data: { status: 'cancelled' } })
    if (entry.offeredAppointmentId) {
      await tx.appointment.updateMany({
        where: { id: entry.offeredAppointmentId, status: 'scheduled', holdExpiresAt: { not: null } },
        data: {
          status: 'cancelled',
          cancelledBy: 'patient',
          cancellationReason: 'Waitlist offer declined',
          holdExpiresAt: null,
        },
      })
    }
  })
  return entry
}

/** Takes the slot held for this entry: the appointment stops being a hold. */
export async function claimWaitlistOffer(db: PrismaClient, patientId: string, id: string, now = new Date()) {
  const entry = await db.waitlistEntry.findFirst({ where: { id, patientId } })
  if (!entry) throw new AppError('NOT_FOUND', 'No such waitlist entry on your account')
  if (
    entry.status !== 'offered' ||
    !entry.offeredAppointmentId ||
    !entry.offerExpiresAt ||
    entry.offerExpiresAt <= now
  ) {
    throw new AppError('PRECONDITION_FAILED', 'This offer is no longer open')
  }
  const appointmentId = entry.offeredAppointmentId
  await db.$transaction(async (tx) => {
    const kept = await tx.appointment.updateMany({
      where: { id: appointmentId, status: 'scheduled', holdExpiresAt: { gt: now } },
      data: { holdExpiresAt: null },
    })
    if (kept.count === 0) throw new AppError('PRECONDITION_FAILED', 'This offer is no longer open')
    await tx.waitlistEntry.update({ where: { id }, data: { status: 'booked' } })
  })
  return appointmentId
}
