import type { TDayOfWeek, THospitalSummary } from '@medbook/contracts'

type OperatingHours = THospitalSummary['operatingHours'][number]

// Every listed hospital is in Vietnam; their "HH:MM" hours are Vietnamese local time,
// whatever the time zone of the phone reading them.
const HOSPITAL_TIME_ZONE = 'Asia/Ho_Chi_Minh'

const clock = new Intl.DateTimeFormat('en-US', {
  timeZone: HOSPITAL_TIME_ZONE,
  weekday: 'long',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

export interface HospitalClock {
  day: TDayOfWeek
  /** "HH:MM", comparable as a string with the hospital's hours */
  time: string
}

export function hospitalClock(now: Date = new Date()): HospitalClock {
  const parts = Object.fromEntries(clock.formatToParts(now).map((part) => [part.type, part.value]))
  return { day: String(parts.weekday).toLowerCase() as TDayOfWeek, time: `${parts.hour}:${parts.minute}` }
}

export interface TodaysHours {
  hours: OperatingHours | null
  openNow: boolean
}

export function todaysHours(operatingHours: readonly OperatingHours[], now: HospitalClock): TodaysHours {
  const hours = operatingHours.find((entry) => entry.day === now.day) ?? null
  const openNow = hours !== null && now.time >= hours.openTime && now.time < hours.closeTime
  return { hours, openNow }
}
