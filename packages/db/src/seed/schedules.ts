import type { ConsultationType, DayOfWeek, HospitalType } from '../generated/prisma/client.js'
import type { Random } from './random.js'
import { clockOfMinutes, DAYS_OF_WEEK, minutesOfClock } from './time.js'

export interface OpeningHours {
  day: DayOfWeek
  openTime: string
  closeTime: string
}

export interface WeeklySlot {
  day: DayOfWeek
  startTime: string
  endTime: string
  type: ConsultationType
}

export interface OnlineHours {
  day: DayOfWeek
  startTime: string
  endTime: string
}

export const SLOT_MINUTES = 30

function week(weekdays: [string, string], saturday?: [string, string], sunday?: [string, string]): OpeningHours[] {
  return DAYS_OF_WEEK.flatMap((day, index) => {
    const hours = index < 5 ? weekdays : index === 5 ? saturday : sunday
    return hours ? [{ day, openTime: hours[0], closeTime: hours[1] }] : []
  })
}

/** Opening-hour patterns common in Vietnam, per kind of facility. */
const OPENING_PATTERNS: Record<HospitalType, readonly OpeningHours[][]> = {
  hospital: [
    week(['07:00', '17:00'], ['07:00', '17:00'], ['07:00', '12:00']),
    week(['07:00', '16:30'], ['07:00', '11:30']),
    week(['06:30', '17:00'], ['06:30', '17:00'], ['06:30', '17:00']),
  ],
  // Many clinics see patients after office hours, when their doctors leave the public hospitals.
  clinic: [
    week(['08:00', '20:00'], ['08:00', '20:00'], ['08:00', '12:00']),
    week(['17:00', '20:30'], ['08:00', '17:00'], ['08:00', '17:00']),
    week(['07:30', '19:00'], ['07:30', '19:00']),
  ],
  specialized_center: [week(['07:30', '16:30'], ['07:30', '11:30']), week(['07:00', '17:00'], ['07:00', '17:00'])],
}

export function drawOpeningHours(random: Random, type: HospitalType): OpeningHours[] {
  return random.pick(OPENING_PATTERNS[type])
}

/** Morning, afternoon and evening sessions inside a day's opening hours (lunch is 11:30–13:30). */
function sessionsOf(hours: OpeningHours): Array<[number, number]> {
  const open = minutesOfClock(hours.openTime)
  const close = minutesOfClock(hours.closeTime)
  const sessions: Array<[number, number]> = [
    [open, Math.min(close, 11 * 60 + 30)],
    [Math.max(open, 13 * 60 + 30), Math.min(close, 17 * 60)],
    [Math.max(open, 17 * 60), close],
  ]
  return sessions.filter(([start, end]) => end - start >= 60)
}

export interface DoctorWeek {
  slots: WeeklySlot[]
  onlineHours: OnlineHours[]
}

/**
 * A doctor's weekly template: a few of the hospital's open days, one or two sessions each, cut
 * into 30-minute slots. Doctors who consult online give one or two of their sessions to it.
 */
export function drawDoctorWeek(random: Random, opening: readonly OpeningHours[], offersOnline: boolean): DoctorWeek {
  const workingDays = random.sample(opening, random.int(Math.min(3, opening.length), Math.min(6, opening.length)))
  const sessions: Array<{ day: DayOfWeek; start: number; end: number; type: ConsultationType }> = []
  for (const hours of workingDays) {
    const available = sessionsOf(hours)
    if (available.length === 0) continue
    const chosen = available.filter(() => random.chance(0.6))
    for (const [start, end] of chosen.length > 0 ? chosen : [random.pick(available)]) {
      sessions.push({ day: hours.day, start, end, type: 'in_person' })
    }
  }
  if (offersOnline && sessions.length >= 2) {
    for (const session of random.sample(sessions, random.int(1, 2))) session.type = 'online'
  }
  sessions.sort((a, b) => DAYS_OF_WEEK.indexOf(a.day) - DAYS_OF_WEEK.indexOf(b.day) || a.start - b.start)
  const slots: WeeklySlot[] = []
  for (const session of sessions) {
    const first = Math.ceil(session.start / SLOT_MINUTES) * SLOT_MINUTES
    for (let start = first; start + SLOT_MINUTES <= session.end; start += SLOT_MINUTES) {
      slots.push({
        day: session.day,
        startTime: clockOfMinutes(start),
        endTime: clockOfMinutes(start + SLOT_MINUTES),
        type: session.type,
      })
    }
  }
  const onlineHours = sessions
    .filter((session) => session.type === 'online')
    .map((session) => ({
      day: session.day,
      startTime: clockOfMinutes(session.start),
      endTime: clockOfMinutes(session.end),
    }))
  return { slots, onlineHours }
}
