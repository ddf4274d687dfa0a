import type { THospitalDashboard } from '@medbook/contracts'
import { formatVnd, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@medbook/ui'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { ChartCard, ChartTooltipCard } from './chart-card'
import { formatCompact, formatLongDay, formatShortDay } from './dashboard-format'
import { type DateRange, daysOf } from './date-range'
import { AXIS_COLOR, GRID_COLOR, REVENUE_STYLE } from './palette'

type RevenueRow = { date: string; amount: number }

export function revenuePerDay(revenue: THospitalDashboard['revenue'], range: DateRange): RevenueRow[] {
  const amounts = new Map(revenue.map((row) => [row.date, row.amount]))
  return daysOf(range).map((date) => ({ date, amount: amounts.get(date) ?? 0 }))
}

export function RevenueChart({
  revenue,
  total,
  range,
}: {
  revenue: THospitalDashboard['revenue']
  total: number
  range: DateRange
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  const rows = useMemo(() => revenuePerDay(revenue, range), [revenue, range])
  const best = rows.reduce<RevenueRow | undefined>(
    (top, row) => (!top || row.amount > top.amount ? row : top),
    undefined,
  )
  const label = t('dashboards.hospital.revenue.amount')

  return (
    <ChartCard
      title={t('dashboards.hospital.revenue.title')}
      description={t('dashboards.hospital.revenue.description')}
      summary={t('dashboards.hospital.revenue.summary', {
        total: formatVnd(total),
        days: rows.length,
        max: formatVnd(best?.amount ?? 0),
        maxDay: best ? formatLongDay(best.date, language) : '',
      })}
      empty={rows.every((row) => row.amount === 0)}
      table={
        <Table label={t('dashboards.hospital.revenue.caption')}>
          <TableHead>
            <tr>
              <TableHeaderCell>{t('dashboards.hospital.revenue.date')}</TableHeaderCell>
              <TableHeaderCell className="text-right">{label}</TableHeaderCell>
            </tr>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.date}>
                <TableCell className="whitespace-nowrap">{formatLongDay(row.date, language)}</TableCell>
                <TableCell className="text-right tabular-nums">{formatVnd(row.amount)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke={GRID_COLOR} />
          <XAxis
            dataKey="date"
            tickFormatter={(date: string) => formatShortDay(date, language)}
            tick={{ fill: AXIS_COLOR, fontSize: 12 }}
            stroke={GRID_COLOR}
            minTickGap={12}
          />
          <YAxis
            tickFormatter={(value: number) => formatCompact(value, language)}
            tick={{ fill: AXIS_COLOR, fontSize: 12 }}
            stroke={GRID_COLOR}
            width={56}
          />
          <Tooltip
            cursor={{ fill: 'var(--color-surface-muted)' }}
            content={({ active, payload }) => {
              const row = payload?.[0]?.payload as RevenueRow | undefined
              if (!active || !row) return null
              return (
                <ChartTooltipCard
                  heading={formatLongDay(row.date, language)}
                  rows={[{ label, value: formatVnd(row.amount), swatch: REVENUE_STYLE.swatch }]}
                />
              )
            }}
          />
          <Bar dataKey="amount" name={label} fill={REVENUE_STYLE.color} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  )
}
