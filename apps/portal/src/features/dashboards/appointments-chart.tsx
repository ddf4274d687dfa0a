import type { THospitalDashboard } from '@medbook/contracts'
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@medbook/ui'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { ChartCard, ChartTooltipCard } from './chart-card'
import { formatCount, formatLongDay, formatShortDay } from './dashboard-format'
import { type DateRange, daysOf } from './date-range'
import { AXIS_COLOR, GRID_COLOR, STATUS_ORDER, STATUS_STYLES } from './palette'

type Status = THospitalDashboard['perDay'][number]['status']
type DayRow = { date: string; total: number } & Record<Status, number>

/** Every day of the range, with zeros where nothing was booked. */
export function appointmentsPerDay(perDay: THospitalDashboard['perDay'], range: DateRange): DayRow[] {
  const byDay = new Map<string, DayRow>(
    daysOf(range).map((date) => [
      date,
      { date, total: 0, completed: 0, scheduled: 0, no_show: 0, cancelled: 0, rescheduled: 0 },
    ]),
  )
  for (const row of perDay) {
    const day = byDay.get(row.date)
    if (!day) continue
    day[row.status] += row.count
    day.total += row.count
  }
  return [...byDay.values()]
}

export function AppointmentsChart({ perDay, range }: { perDay: THospitalDashboard['perDay']; range: DateRange }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  const rows = useMemo(() => appointmentsPerDay(perDay, range), [perDay, range])
  const total = rows.reduce((sum, row) => sum + row.total, 0)
  const busiest = rows.reduce<DayRow | undefined>(
    (best, row) => (!best || row.total > best.total ? row : best),
    undefined,
  )
  const label = (status: Status) => t(`schedule.status.${status}`)

  return (
    <ChartCard
      title={t('dashboards.hospital.perDay.title')}
      description={t('dashboards.hospital.perDay.description')}
      summary={t('dashboards.hospital.perDay.summary', {
        total: formatCount(total, language),
        days: rows.length,
        max: formatCount(busiest?.total ?? 0, language),
        maxDay: busiest ? formatLongDay(busiest.date, language) : '',
      })}
      legend={STATUS_ORDER.map((status) => ({ label: label(status), ...STATUS_STYLES[status] }))}
      empty={total === 0}
      table={
        <Table label={t('dashboards.hospital.perDay.caption')}>
          <TableHead>
            <tr>
              <TableHeaderCell>{t('dashboards.hospital.perDay.date')}</TableHeaderCell>
              {STATUS_ORDER.map((status) => (
                <TableHeaderCell key={status} className="text-right">
                  {label(status)}
                </TableHeaderCell>
              ))}
              <TableHeaderCell className="text-right">{t('dashboards.hospital.perDay.total')}</TableHeaderCell>
            </tr>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.date}>
                <TableCell className="whitespace-nowrap">{formatLongDay(row.date, language)}</TableCell>
                {STATUS_ORDER.map((status) => (
                  <TableCell key={status} className="text-right tabular-nums">
                    {formatCount(row[status], language)}
                  </TableCell>
                ))}
                <TableCell className="text-right font-semibold tabular-nums">
                  {formatCount(row.total, language)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke={GRID_COLOR} />
          <XAxis
            dataKey="date"
            tickFormatter={(date: string) => formatShortDay(date, language)}
            tick={{ fill: AXIS_COLOR, fontSize: 12 }}
            stroke={GRID_COLOR}
            minTickGap={12}
          />
          <YAxis allowDecimals={false} tick={{ fill: AXIS_COLOR, fontSize: 12 }} stroke={GRID_COLOR} />
          <Tooltip
            cursor={{ fill: 'var(--color-surface-muted)' }}
            content={({ active, payload }) => {
              const row = payload?.[0]?.payload as DayRow | undefined
              if (!active || !row) return null
              return (
                <ChartTooltipCard
                  heading={`${formatLongDay(row.date, language)} · ${formatCount(row.total, language)}`}
                  rows={STATUS_ORDER.filter((status) => row[status] > 0).map((status) => ({
                    label: label(status),
                    value: formatCount(row[status], language),
                    swatch: STATUS_STYLES[status].swatch,
                  }))}
                />
              )
            }}
          />
          {STATUS_ORDER.map((status) => (
            <Bar
              key={status}
              dataKey={status}
              name={label(status)}
              stackId="status"
              fill={STATUS_STYLES[status].color}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  )
}
