import type { TAdminDashboard } from '@medbook/contracts'
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import { Area, AreaChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { ChartCard, ChartTooltipCard } from './chart-card'
import { formatCount, formatLongDay, formatShortDay } from './dashboard-format'
import { APPOINTMENTS_STYLE, AXIS_COLOR, GRID_COLOR, GROWTH_STYLES } from './palette'

type Week = TAdminDashboard['growth'][number]
const ACCOUNT_SERIES = ['patients', 'doctors', 'hospitals'] as const

function axes(language: string) {
  return [
    <CartesianGrid key="grid" vertical={false} stroke={GRID_COLOR} />,
    <XAxis
      key="x"
      dataKey="week"
      tickFormatter={(week: string) => formatShortDay(week, language)}
      tick={{ fill: AXIS_COLOR, fontSize: 12 }}
      stroke={GRID_COLOR}
      minTickGap={12}
    />,
    <YAxis key="y" allowDecimals={false} tick={{ fill: AXIS_COLOR, fontSize: 12 }} stroke={GRID_COLOR} />,
  ]
}

/** New patients, doctors and hospitals per week: three lines, told apart by colour and dash. */
export function AccountsGrowthChart({ growth }: { growth: TAdminDashboard['growth'] }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  const sum = (key: (typeof ACCOUNT_SERIES)[number]) => growth.reduce((total, week) => total + week[key], 0)
  const label = (key: (typeof ACCOUNT_SERIES)[number]) => t(`dashboards.admin.growth.${key}`)

  return (
    <ChartCard
      title={t('dashboards.admin.growth.title')}
      description={t('dashboards.admin.growth.description')}
      summary={t('dashboards.admin.growth.summary', {
        weeks: growth.length,
        patients: formatCount(sum('patients'), language),
        doctors: formatCount(sum('doctors'), language),
        hospitals: formatCount(sum('hospitals'), language),
      })}
      legend={ACCOUNT_SERIES.map((key) => ({ label: label(key), ...GROWTH_STYLES[key] }))}
      empty={ACCOUNT_SERIES.every((key) => sum(key) === 0)}
      table={
        <Table label={t('dashboards.admin.growth.caption')}>
          <TableHead>
            <tr>
              <TableHeaderCell>{t('dashboards.admin.growth.week')}</TableHeaderCell>
              {ACCOUNT_SERIES.map((key) => (
                <TableHeaderCell key={key} className="text-right">
                  {label(key)}
                </TableHeaderCell>
              ))}
            </tr>
          </TableHead>
          <TableBody>
            {growth.map((week) => (
              <TableRow key={week.week}>
                <TableCell className="whitespace-nowrap">{formatLongDay(week.week, language)}</TableCell>
                {ACCOUNT_SERIES.map((key) => (
                  <TableCell key={key} className="text-right tabular-nums">
                    {formatCount(week[key], language)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={growth} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
          {axes(language)}
          <Tooltip
            content={({ active, payload }) => {
              const week = payload?.[0]?.payload as Week | undefined
              if (!active || !week) return null
              return (
                <ChartTooltipCard
                  heading={formatLongDay(week.week, language)}
                  rows={ACCOUNT_SERIES.map((key) => ({
                    label: label(key),
                    value: formatCount(week[key], language),
                    swatch: GROWTH_STYLES[key].swatch,
                  }))}
                />
              )
            }}
          />
          {ACCOUNT_SERIES.map((key) => (
            <Line
              key={key}
              type="monotone"
              dataKey={key}
              name={label(key)}
              stroke={GROWTH_STYLES[key].color}
              strokeWidth={2.5}
              strokeDasharray={GROWTH_STYLES[key].dash || undefined}
              dot={{ r: 3, fill: GROWTH_STYLES[key].color, strokeWidth: 0 }}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </ChartCard>
  )
}

/** Appointments due per week, up to now. */
export function AppointmentsGrowthChart({ growth }: { growth: TAdminDashboard['growth'] }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  const total = growth.reduce((sum, week) => sum + week.appointments, 0)
  const busiest = growth.reduce<Week | undefined>(
    (best, week) => (!best || week.appointments > best.appointments ? week : best),
    undefined,
  )
  const label = t('dashboards.admin.appointments.appointments')

  return (
    <ChartCard
      title={t('dashboards.admin.appointments.title')}
      description={t('dashboards.admin.appointments.description')}
      summary={t('dashboards.admin.appointments.summary', {
        weeks: growth.length,
        total: formatCount(total, language),
        max: formatCount(busiest?.appointments ?? 0, language),
        maxWeek: busiest ? formatLongDay(busiest.week, language) : '',
      })}
      empty={total === 0}
      table={
        <Table label={t('dashboards.admin.appointments.caption')}>
          <TableHead>
            <tr>
              <TableHeaderCell>{t('dashboards.admin.appointments.week')}</TableHeaderCell>
              <TableHeaderCell className="text-right">{label}</TableHeaderCell>
            </tr>
          </TableHead>
          <TableBody>
            {growth.map((week) => (
              <TableRow key={week.week}>
                <TableCell className="whitespace-nowrap">{formatLongDay(week.week, language)}</TableCell>
                <TableCell className="text-right tabular-nums">{formatCount(week.appointments, language)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={growth} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
          {axes(language)}
          <Tooltip
            content={({ active, payload }) => {
              const week = payload?.[0]?.payload as Week | undefined
              if (!active || !week) return null
              return (
                <ChartTooltipCard
                  heading={formatLongDay(week.week, language)}
                  rows={[{ label, value: formatCount(week.appointments, language), swatch: APPOINTMENTS_STYLE.swatch }]}
                />
              )
            }}
          />
          <Area
            type="monotone"
            dataKey="appointments"
            name={label}
            stroke={APPOINTMENTS_STYLE.color}
            strokeWidth={2.5}
            fill={APPOINTMENTS_STYLE.color}
            fillOpacity={0.15}
            isAnimationActive={false}
          />
        </AreaChart>
      </ResponsiveContainer>
    </ChartCard>
  )
}
