import type { THospitalSummary } from '@medbook/contracts'
import { ZDayOfWeek } from '@medbook/contracts'
import { cn } from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import type { HospitalClock } from './opening-hours'

interface WeeklyHoursTableProps {
  operatingHours: THospitalSummary['operatingHours']
  now: HospitalClock
}

/** Monday to Sunday with each day's hours (or "closed"), today highlighted. */
export function WeeklyHoursTable({ operatingHours, now }: WeeklyHoursTableProps) {
  const { t } = useTranslation()
  return (
    <table className="mt-2 w-full text-sm">
      <thead className="sr-only">
        <tr>
          <th scope="col">{t('hospitalDetails.day')}</th>
          <th scope="col">{t('hospitalDetails.hours')}</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-border">
        {ZDayOfWeek.options.map((day) => {
          const hours = operatingHours.find((entry) => entry.day === day)
          const today = day === now.day
          return (
            <tr key={day} className={cn(today && 'bg-primary-50 font-semibold text-primary-900')}>
              <th scope="row" className="py-2 pl-2 text-left font-[inherit]">
                {t(`days.${day}`)}
                {today ? <span className="ml-2 text-xs font-medium">({t('hospitalDetails.today')})</span> : null}
              </th>
              <td className="py-2 pr-2 text-right tabular-nums">
                {hours ? `${hours.openTime}–${hours.closeTime}` : t('hospitalDetails.closed')}
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
