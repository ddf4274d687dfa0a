import type { ZConsultationType, ZDayOfWeek } from '@medbook/contracts'
import type { z } from 'zod'

export type TDay = z.infer<typeof ZDayOfWeek>
export type TConsultationType = z.infer<typeof ZConsultationType>
export interface WeeklySlot {
  day: TDay
  startTime: string
  endTime: string
  type: TConsultationType
}
export interface OnlineHours {
  day: TDay
  startTime: string
  endTime: string
}

export const DAYS: readonly TDay[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
export const SLOT_MINUTES = 30

export function toMinutes(time: string): number {
  const [hours = '0', minutes = '0'] = time.split(':')
  return Number(hours) * 60 + Number(minutes)
}

export function toClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

/** 30-minute slots covering from–to (a last piece shorter than 30 minutes is left out). */
export function generateSlots(days: readonly TDay[], from: string, to: string, type: TConsultationType): WeeklySlot[] {
  const slots: WeeklySlot[] = []
  for (const day of days) {
    for (let start = toMinutes(from); start + SLOT_MINUTES <= toMinutes(to); start += SLOT_MINUTES) {
      slots.push({ day, startTime: toClock(start), endTime: toClock(start + SLOT_MINUTES), type })
    }
  }
  return slots
}

function overlaps(a: { startTime: string; endTime: string }, b: { startTime: string; endTime: string }): boolean {
  return a.startTime < b.endTime && b.startTime < a.endTime
}

/** Adds new slots; a new slot replaces any old one it overlaps on the same day (the API refuses overlaps). */
export function mergeSlots(current: readonly WeeklySlot[], added: readonly WeeklySlot[]): WeeklySlot[] {
  const kept = current.filter((slot) => !added.some((next) => next.day === slot.day && overlaps(slot, next)))
  return sortSlots([...kept, ...added])
}

export function sortSlots<T extends { day: TDay; startTime: string }>(slots: readonly T[]): T[] {
  return [...slots].sort((a, b) => DAYS.indexOf(a.day) - DAYS.indexOf(b.day) || a.startTime.localeCompare(b.startTime))
}

export function sameSlot(a: WeeklySlot, b: WeeklySlot): boolean {
  return a.day === b.day && a.startTime === b.startTime && a.type === b.type
}

/** A day's online hours merged with a new range; overlapping or touching ranges join. */
export function addOnlineHours(current: readonly OnlineHours[], added: OnlineHours): OnlineHours[] {
  let merged = { ...added }
  const rest: OnlineHours[] = []
  for (const hours of current) {
    if (hours.day === added.day && hours.startTime <= merged.endTime && merged.startTime <= hours.endTime) {
      merged = {
        day: added.day,
        startTime: hours.startTime < merged.startTime ? hours.startTime : merged.startTime,
        endTime: hours.endTime > merged.endTime ? hours.endTime : merged.endTime,
      }
    } else {
      rest.push(hours)
    }
  }
  return sortSlots([...rest, merged])
}
