import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { shortDate, wallClock, weekdayOf } from './local-dates'

/** "thứ Năm 27/11" / "Thursday, Nov 27" for a hospital-local day. */
export function useDayLabel() {
  const { t, i18n } = useTranslation()
  const language = i18n.resolvedLanguage ?? 'vi'
  return useCallback(
    (date: string) =>
      t('booking.dayLabel', { weekday: t(`booking.weekdays.${weekdayOf(date)}`), date: shortDate(date, language) }),
    [t, language],
  )
}

/** An instant on the hospital's clock, as the time and the day: { time: "09:15", day: "thứ Năm 27/11" }. */
export function useWallClockLabel() {
  const dayLabel = useDayLabel()
  return useCallback(
    (instant: Date, timeZone: string) => {
      const { date, time } = wallClock(instant, timeZone)
      return { time, day: dayLabel(date) }
    },
    [dayLabel],
  )
}
