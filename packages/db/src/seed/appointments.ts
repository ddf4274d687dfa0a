import type { Appointment, AppointmentStatus, CancelledBy, DayOfWeek } from '../generated/prisma/client.js'
import { itemAt, type Random, Weighted } from './random.js'
import type { WeeklySlot } from './schedules.js'
import type { SpecialtyDefinition } from './specialty-catalogue.js'
import { addDays, calendarDate, DAY, dayOfWeek, earliest, HOUR, localInstant, MINUTE } from './time.js'

/** A doctor as the appointment generator sees it. */
export interface BookableDoctor {
  doctorId: string
  userId: string
  hospitalId: string
  /** the hospital's own account, which answers hospital reviews */
  hospitalUserId: string
  fee: number
  specialty: SpecialtyDefinition
  slots: readonly WeeklySlot[]
}

/** The calendar days appointments are spread over, and the instant that splits past from future. */
export interface AppointmentWindow {
  now: Date
  firstDay: string
  lastDay: string
}

export interface Booker {
  patientId: string
  patientUserId: string
  familyMemberId: string | null
}

/** An appointment with what the rows that hang off it need to know. */
export interface Visit {
  appointment: Appointment
  doctor: BookableDoctor
  patientUserId: string
  now: Date
  /** when it was cancelled or moved to another slot */
  changedAt: Date | null
}

const PAST_STATUSES = new Weighted<AppointmentStatus>([
  ['completed', 72],
  ['cancelled', 11],
  ['no_show', 7],
  ['rescheduled', 10],
])
const FUTURE_STATUSES = new Weighted<AppointmentStatus>([
  ['scheduled', 80],
  ['cancelled', 10],
  ['rescheduled', 10],
])
const CANCELLED_BY = new Weighted<CancelledBy>([
  ['patient', 60],
  ['doctor', 12],
  ['hospital', 10],
  ['system', 18],
])
const CANCELLATION_REASONS: Record<CancelledBy, readonly string[]> = {
  patient: ['Bận việc đột xuất', 'Đã khỏi bệnh', 'Muốn đổi sang bác sĩ khác', 'Không sắp xếp được thời gian'],
  doctor: ['Bác sĩ có lịch mổ cấp cứu', 'Bác sĩ đi công tác', 'Bác sĩ nghỉ ốm'],
  hospital: ['Phòng khám tạm ngưng do bảo trì thiết bị', 'Điều chỉnh lịch làm việc của khoa'],
  system: ['Quá thời gian giữ chỗ nhưng chưa thanh toán'],
}
const VISIT_NOTES = [
  'Bệnh nhân mang theo kết quả xét nghiệm cũ.',
  'Cần nhịn ăn sáng để làm xét nghiệm máu.',
  'Tái khám theo hẹn.',
  'Người nhà đi cùng.',
]

/** The window's calendar days with their weekdays, computed once for all doctors. */
export function calendarDays(window: AppointmentWindow): Array<{ date: string; day: DayOfWeek }> {
  const days: Array<{ date: string; day: DayOfWeek }> = []
  for (let date = window.firstDay; date <= window.lastDay; date = addDays(date, 1))
    days.push({ date, day: dayOfWeek(date) })
  return days
}

/** Every concrete slot of the doctor's weekly template inside the window, in time order. */
function concreteSlots(doctor: BookableDoctor, days: ReadonlyArray<{ date: string; day: DayOfWeek }>) {
  const byDay = new Map<DayOfWeek, WeeklySlot[]>()
  for (const slot of doctor.slots) byDay.set(slot.day, [...(byDay.get(slot.day) ?? []), slot])
  const found: Array<{ date: string; slot: WeeklySlot }> = []
  for (const { date, day } of days) {
    for (const slot of byDay.get(day) ?? []) found.push({ date, slot })
  }
  return found
}

/**
 * `count` appointments of one doctor on distinct slots, so the one-active-appointment-per-slot
 * index holds whatever their status. Past ones are mostly completed, future ones scheduled;
 * a rescheduled appointment hands its patient to a later slot of the same doctor, which then
 * points back through rescheduledFromId. In-person visits take queue numbers 1, 2, ... per day.
 */
export function* generateAppointments(
  random: Random,
  doctor: BookableDoctor,
  count: number,
  window: AppointmentWindow,
  days: ReadonlyArray<{ date: string; day: DayOfWeek }>,
  chooseBooker: (random: Random, ordinal: number) => Booker,
): Generator<Visit> {
  const candidates = concreteSlots(doctor, days)
  const chosen = random.sampleIndices(candidates.length, count).map((index) => itemAt(candidates, index))
  const carried = new Map<number, Booker & { rescheduledFromId: string; rescheduledAt: Date }>()
  const now = window.now.getTime()
  let queueDate = ''
  let queueLength = 0
  for (let i = 0; i < chosen.length; i++) {
    const { date, slot } = itemAt(chosen, i)
    const startsAt = localInstant(date, slot.startTime)
    const endsAt = localInstant(date, slot.endTime)
    const isPast = endsAt.getTime() <= now
    const previous = carried.get(i)
    const booker = previous ?? chooseBooker(random, i)
    let status = (isPast ? PAST_STATUSES : FUTURE_STATUSES).draw(random)
    let replacement = -1
    if (status === 'rescheduled') {
      replacement = i + 1 + random.int(0, 3)
      while (replacement < chosen.length && carried.has(replacement)) replacement++
      if (replacement >= chosen.length) status = isPast ? 'completed' : 'scheduled'
    }
    const leadTime = random.between(2 * HOUR, 21 * DAY)
    const createdAt =
      previous?.rescheduledAt ??
      earliest(new Date(startsAt.getTime() - leadTime), new Date(now - random.between(5 * MINUTE, 3 * DAY)))
    const latestChange = Math.min(startsAt.getTime(), now)
    const cancelledBy = status === 'cancelled' ? CANCELLED_BY.draw(random) : null
    const changedAt =
      status === 'cancelled' || status === 'rescheduled'
        ? new Date(
            cancelledBy === 'system'
              ? Math.min(createdAt.getTime() + 15 * MINUTE, latestChange)
              : random.between(createdAt.getTime(), latestChange),
          )
        : null
    const id = random.uuid()
    if (status === 'rescheduled' && changedAt) {
      carried.set(replacement, {
        patientId: booker.patientId,
        patientUserId: booker.patientUserId,
        familyMemberId: booker.familyMemberId,
        rescheduledFromId: id,
        rescheduledAt: changedAt,
      })
    }
    let queueNumber: number | null = null
    if (slot.type === 'in_person') {
      if (date !== queueDate) {
        queueDate = date
        queueLength = 0
      }
      queueNumber = ++queueLength
    }
    const finishedAt = new Date(Math.min(endsAt.getTime() + random.int(5, 60) * MINUTE, now))
    const appointment: Appointment = {
      id,
      patientId: booker.patientId,
      familyMemberId: booker.familyMemberId,
      doctorId: doctor.doctorId,
      hospitalId: doctor.hospitalId,
      appointmentDate: calendarDate(date),
      startsAt,
      endsAt,
      type: slot.type,
      status,
      reasonForVisit: random.pick(doctor.specialty.reasons),
      symptoms: random.sample(doctor.specialty.symptoms, random.int(1, 3)),
      notes: random.chance(0.2) ? random.pick(VISIT_NOTES) : null,
      queueNumber,
      rescheduledFromId: previous?.rescheduledFromId ?? null,
      createdAt,
      updatedAt: changedAt ?? (status === 'completed' || status === 'no_show' ? finishedAt : createdAt),
      cancelledBy,
      cancellationReason: cancelledBy ? random.pick(CANCELLATION_REASONS[cancelledBy]) : null,
      reminderSent: status !== 'cancelled' && status !== 'rescheduled' && startsAt.getTime() - DAY <= now,
      confirmationSent: status !== 'scheduled' || random.chance(0.97),
      paymentStatus: 'pending',
      paymentId: null,
      holdExpiresAt: null,
      idempotencyKey: null,
      idempotencyFingerprint: null,
      bookedById: slot.type === 'in_person' && random.chance(0.05) ? doctor.hospitalUserId : booker.patientUserId,
      subtotalAmount: doctor.fee,
      discountAmount: 0,
      totalAmount: doctor.fee,
    }
    yield { appointment, doctor, patientUserId: booker.patientUserId, now: window.now, changedAt }
  }
}
