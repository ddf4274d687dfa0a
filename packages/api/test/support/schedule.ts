import type { PrismaClient } from '@medbook/db'
import { instantToLocal, shiftDate } from '../../src/availability/local-time.js'
import { listAvailableSlots, loadBookableDoctor } from '../../src/availability/service.js'
import { invalidateSettings, readSettings } from '../../src/settings/service.js'

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

/** Opening hours every day and 30-minute in-person slots across them: plenty of free slots for tests. */
export async function openAllWeek(
  db: PrismaClient,
  hospitalId: string,
  doctorId: string,
  hours = { open: 7 * 60, close: 19 * 60 },
) {
  await db.hospitalOperatingHours.createMany({
    data: DAYS.map((day) => ({ hospitalId, day, openTime: clock(hours.open), closeTime: clock(hours.close) })),
  })
  const slots = DAYS.flatMap((day) =>
    Array.from({ length: (hours.close - hours.open) / 30 }, (_, i) => ({
      doctorId,
      day,
      startTime: clock(hours.open + i * 30),
      endTime: clock(hours.open + i * 30 + 30),
      type: 'in_person' as const,
    })),
  )
  await db.doctorAvailabilitySlot.createMany({ data: slots })
}

/** Settings that keep tests independent of the calendar: no public holidays. */
export async function testSettings(db: PrismaClient, overrides: Record<string, unknown> = {}) {
  const values = { 'calendar.publicHolidays': [], ...overrides }
  for (const [key, value] of Object.entries(values)) {
    await db.systemSetting.upsert({
      where: { key },
      create: { key, value: value as object },
      update: { value: value as object },
    })
  }
  // written behind the API's back: drop the process's cached copy, as settings.update does
  invalidateSettings(db)
}

/** Hands out a doctor's free slots (from tomorrow, `days` ahead) one at a time, never one twice. */
export function freeSlotDispenser(db: () => PrismaClient, doctorId: () => string, days: number) {
  const handedOut = new Set<number>()
  return async (): Promise<Date> => {
    const tomorrow = shiftDate(instantToLocal(new Date(), 'Asia/Ho_Chi_Minh').date, 1)
    const slots = await listAvailableSlots(
      db(),
      await loadBookableDoctor(db(), doctorId()),
      { from: tomorrow, to: shiftDate(tomorrow, days - 1) },
      await readSettings(db()),
      new Date(),
    )
    const slot = slots.find((s) => !handedOut.has(s.startsAt.getTime()))
    if (!slot) throw new Error('no free slot left')
    handedOut.add(slot.startsAt.getTime())
    return slot.startsAt
  }
}
