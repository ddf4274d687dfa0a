import { type TDayOfWeek, ZDayOfWeek, ZUpdateHospitalProfileInput } from '@medbook/contracts'
import { z } from 'zod'

/** One day of the week as the form holds it: closed days keep their times for when they open again. */
export interface DayHours {
  day: TDayOfWeek
  open: boolean
  openTime: string
  closeTime: string
}

export interface HoursValues {
  days: DayHours[]
}

// the API's own rule for one day's hours (HH:MM, closing after opening)
const ZDayRule = ZUpdateHospitalProfileInput.shape.operatingHours.unwrap().element

export const ZHoursForm = z.object({
  days: z.array(
    z
      .object({ day: ZDayOfWeek, open: z.boolean(), openTime: z.string(), closeTime: z.string() })
      .superRefine((value, ctx) => {
        if (!value.open) return
        const result = ZDayRule.safeParse({ day: value.day, openTime: value.openTime, closeTime: value.closeTime })
        if (result.success) return
        for (const issue of result.error.issues) {
          ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path })
        }
      }),
  ),
})

const DEFAULT_OPEN = '07:00'
const DEFAULT_CLOSE = '17:00'

export function hoursValues(operatingHours: readonly { day: TDayOfWeek; openTime: string; closeTime: string }[]) {
  return {
    days: ZDayOfWeek.options.map((day): DayHours => {
      const hours = operatingHours.find((entry) => entry.day === day)
      return hours
        ? { day, open: true, openTime: hours.openTime, closeTime: hours.closeTime }
        : { day, open: false, openTime: DEFAULT_OPEN, closeTime: DEFAULT_CLOSE }
    }),
  }
}

/** What the API stores: one row per open day. */
export function operatingHoursOf(values: HoursValues) {
  return values.days.filter((day) => day.open).map(({ day, openTime, closeTime }) => ({ day, openTime, closeTime }))
}
