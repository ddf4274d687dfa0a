import type { PrismaClient } from '@medbook/db'
import { invalidateSettings } from '../../src/settings/service.js'

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
