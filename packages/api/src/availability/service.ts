import type { TConsultationType } from '@medbook/contracts'
import type { Prisma, PrismaClient } from '@medbook/db'
import { AppError } from '../errors.js'
import type { Settings } from '../settings/service.js'
import { dateColumn, daysBetween, instantToLocal, localToInstant, shiftDate, weekdayOf } from './local-time.js'

export interface Slot {
  startsAt: Date
  endsAt: Date
  /** hospital-local day and times */
  date: string
  startTime: string
  endTime: string
  type: TConsultationType
}

/** Statuses that hold a slot; cancelled and rescheduled appointments free theirs. */
export const ACTIVE_STATUSES = ['scheduled', 'completed', 'no_show'] as const

const doctorScheduleSelect = {
  id: true,
  status: true,
  hospitalId: true,
  consultationFee: true,
  user: { select: { status: true, role: true } },
  availability: { select: { day: true, startTime: true, endTime: true, type: true } },
  onlineConsultationHours: { select: { day: true, startTime: true, endTime: true } },
  hospital: {
    select: {
      id: true,
      status: true,
      verified: true,
      timeZone: true,
      operatingHours: { select: { day: true, openTime: true, closeTime: true } },
    },
  },
} satisfies Prisma.DoctorSelect

export type DoctorSchedule = Prisma.DoctorGetPayload<{ select: typeof doctorScheduleSelect }>

type Db = Pick<PrismaClient, 'doctor' | 'scheduleException' | 'appointment'>

/** A doctor patients can book: approved, with an active doctor account, at an active and verified hospital. */
export async function loadBookableDoctor(db: Pick<PrismaClient, 'doctor'>, doctorId: string): Promise<DoctorSchedule> {
  return bookable(await db.doctor.findUnique({ where: { id: doctorId }, select: doctorScheduleSelect }))
}

/** The doctor, when patients can book them; else NOT_FOUND or PRECONDITION_FAILED. */
export function bookable<
  T extends {
    status: string
    user: { status: string; role: string }
    hospital: { status: string; verified: boolean }
  },
>(doctor: T | null): T {
  if (doctor?.status !== 'approved' || doctor.user.status !== 'active' || doctor.user.role !== 'doctor') {
    throw new AppError('NOT_FOUND', 'No such doctor')
  }
  if (doctor.hospital.status !== 'active' || !doctor.hospital.verified) {
    throw new AppError('PRECONDITION_FAILED', 'This hospital is not taking bookings')
  }
  return doctor
}

/**
 * Bookable slots of a doctor between two hospital-local days: the weekly template, clipped
 * to the hospital's opening hours (in person) or the online hours (online), minus public
 * holidays and exceptions, minus booked slots, minus the minimum notice, within the horizon.
 */
export async function listAvailableSlots(
  db: Db,
  doctor: DoctorSchedule,
  range: { from: string; to: string; type?: TConsultationType },
  settings: Settings,
  now: Date,
): Promise<Slot[]> {
  return (await listSlotDays(db, doctor, range, settings, now)).slots
}

/**
 * The free slots, and the working days they come from: the days on which the doctor sees
 * patients (of the type asked) at all, free or fully booked. A working day without a free slot
 * is full, the only kind of day a waitlist is for.
 */
export async function listSlotDays(
  db: Db,
  doctor: DoctorSchedule,
  range: { from: string; to: string; type?: TConsultationType },
  settings: Settings,
  now: Date,
): Promise<{ slots: Slot[]; workingDates: string[] }> {
  const zone = doctor.hospital.timeZone
  const today = instantToLocal(now, zone).date
  const lastDay = shiftDate(today, settings['booking.horizonDays'])
  // ISO dates compare correctly as strings
  const from = range.from < today ? today : range.from
  const to = range.to > lastDay ? lastDay : range.to
  if (from > to) return { slots: [], workingDates: [] }

  const [exceptions, booked] = await Promise.all([
    db.scheduleException.findMany({
      where: {
        hospitalId: doctor.hospitalId,
        OR: [{ doctorId: doctor.id }, { doctorId: null }],
        date: { gte: dateColumn(from), lte: dateColumn(to) },
      },
      select: { date: true, startTime: true, endTime: true },
    }),
    db.appointment.findMany({
      where: {
        doctorId: doctor.id,
        status: { in: [...ACTIVE_STATUSES] },
        startsAt: { gte: localToInstant(from, '00:00', zone), lt: localToInstant(shiftDate(to, 1), '00:00', zone) },
      },
      select: { startsAt: true },
    }),
  ])
  const bookedAt = new Set(booked.map((appointment) => appointment.startsAt.getTime()))
  const holidays = new Set(settings['calendar.publicHolidays'])
  const earliest = now.getTime() + settings['booking.minimumNoticeMinutes'] * 60_000

  const slots: Slot[] = []
  const workingDates = new Set<string>()
  for (const date of daysBetween(from, to)) {
    if (holidays.has(date)) continue
    const weekday = weekdayOf(date)
    const closures = exceptions.filter((e) => e.date.toISOString().slice(0, 10) === date)
    if (closures.some((e) => e.startTime === null)) continue
    const hours = doctor.hospital.operatingHours.find((h) => h.day === weekday)
    const online = doctor.onlineConsultationHours.filter((h) => h.day === weekday)
    for (const template of doctor.availability) {
      if (template.day !== weekday || (range.type && template.type !== range.type)) continue
      const within =
        template.type === 'in_person'
          ? hours !== undefined && hours.openTime <= template.startTime && template.endTime <= hours.closeTime
          : online.some((w) => w.startTime <= template.startTime && template.endTime <= w.endTime)
      if (!within) continue
      const blocked = closures.some(
        (e) =>
          e.startTime !== null &&
          e.endTime !== null &&
          e.startTime < template.endTime &&
          template.startTime < e.endTime,
      )
      if (blocked) continue
      workingDates.add(date)
      const startsAt = localToInstant(date, template.startTime, zone)
      if (startsAt.getTime() < earliest || bookedAt.has(startsAt.getTime())) continue
      slots.push({
        startsAt,
        endsAt: localToInstant(date, template.endTime, zone),
        date,
        startTime: template.startTime,
        endTime: template.endTime,
        type: template.type,
      })
    }
  }
  return { slots: slots.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()), workingDates: [...workingDates] }
}

/** The free slot that starts at `startsAt`, or null. */
export async function findAvailableSlot(
  db: Db,
  doctor: DoctorSchedule,
  startsAt: Date,
  type: TConsultationType,
  settings: Settings,
  now: Date,
): Promise<Slot | null> {
  const { date } = instantToLocal(startsAt, doctor.hospital.timeZone)
  const slots = await listAvailableSlots(db, doctor, { from: date, to: date, type }, settings, now)
  return slots.find((slot) => slot.startsAt.getTime() === startsAt.getTime()) ?? null
}

/** The next free slots after a time, for a CONFLICT answer or a waitlist offer. */
export async function nextAvailableSlots(
  db: Db,
  doctor: DoctorSchedule,
  after: Date,
  type: TConsultationType,
  settings: Settings,
  now: Date,
  count = 3,
): Promise<Slot[]> {
  const { date } = instantToLocal(after, doctor.hospital.timeZone)
  const slots = await listAvailableSlots(db, doctor, { from: date, to: shiftDate(date, 14), type }, settings, now)
  return slots.filter((slot) => slot.startsAt.getTime() > after.getTime()).slice(0, count)
}
