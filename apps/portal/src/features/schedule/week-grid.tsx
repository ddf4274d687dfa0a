import { Badge, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatDay } from './schedule-dates'
import type { TScheduleDoctor, TScheduleEntry } from './schedule-types'
import { STATUS_TONES } from './status-badge'

const STATUS_ORDER: readonly TScheduleEntry['status'][] = [
  'scheduled',
  'completed',
  'no_show',
  'cancelled',
  'rescheduled',
]

interface WeekGridProps {
  days: readonly string[]
  doctors: readonly TScheduleDoctor[]
  appointments: readonly TScheduleEntry[]
}

type Counts = Partial<Record<TScheduleEntry['status'], number>>

/** Days across, doctors down; each cell counts visits by status and opens that doctor's day. */
export function WeekGrid({ days, doctors, appointments }: WeekGridProps) {
  const { t, i18n } = useTranslation()
  const counts = new Map<string, Counts>()
  for (const entry of appointments) {
    const key = `${entry.doctor.id}|${entry.date}`
    const cell = counts.get(key) ?? {}
    cell[entry.status] = (cell[entry.status] ?? 0) + 1
    counts.set(key, cell)
  }
  const first = days[0] ?? ''
  const last = days.at(-1) ?? ''
  return (
    <Table
      label={t('schedule.weekCaption', { from: formatDay(first, i18n.language), to: formatDay(last, i18n.language) })}
      className="table-fixed min-w-[56rem]"
    >
      <TableHead>
        <tr>
          <TableHeaderCell className="w-44">{t('schedule.table.doctor')}</TableHeaderCell>
          {days.map((day) => (
            <TableHeaderCell key={day} className="normal-case">
              {formatDay(day, i18n.language, 'short')}
            </TableHeaderCell>
          ))}
        </tr>
      </TableHead>
      <TableBody>
        {doctors.map((doctor) => (
          <TableRow key={doctor.id}>
            <th scope="row" className="px-4 py-3 text-left align-top font-semibold text-ink">
              {doctor.name}
            </th>
            {days.map((day) => {
              const cell = counts.get(`${doctor.id}|${day}`) ?? {}
              const total = STATUS_ORDER.reduce((sum, status) => sum + (cell[status] ?? 0), 0)
              return (
                <TableCell key={day} className="p-1.5">
                  <Link
                    to={`?view=day&date=${day}&doctor=${doctor.id}`}
                    className="flex min-h-16 flex-col gap-1 rounded-lg p-2 hover:bg-primary-50 focus-visible:bg-primary-50"
                  >
                    <span className="sr-only">
                      {t('schedule.openDay', { date: formatDay(day, i18n.language), doctor: doctor.name })}:{' '}
                    </span>
                    {total === 0 ? (
                      <>
                        <span className="text-xs text-ink-muted" aria-hidden="true">
                          –
                        </span>
                        <span className="sr-only">{t('schedule.none')}</span>
                      </>
                    ) : (
                      <>
                        <span className="text-sm font-semibold whitespace-nowrap text-ink">
                          {t('schedule.weekTotal', { count: total })}
                        </span>
                        <span className="flex flex-wrap gap-1">
                          {STATUS_ORDER.filter((status) => cell[status]).map((status) => (
                            <Badge key={status} tone={STATUS_TONES[status]}>
                              {cell[status]} {t(`schedule.status.${status}`)}
                            </Badge>
                          ))}
                        </span>
                      </>
                    )}
                  </Link>
                </TableCell>
              )
            })}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}
