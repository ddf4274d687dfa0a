import { ErrorState, formatRating, formatVnd, PageHeader } from '@medbook/ui'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { CalendarCheck2, CircleDollarSign, Star, UserX } from 'lucide-react'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { AppointmentsChart } from './appointments-chart'
import { formatCount, formatPercent } from './dashboard-format'
import { DateRangePicker } from './date-range-picker'
import { RevenueChart } from './revenue-chart'
import { DashboardSkeleton, StatCard } from './stat-card'
import { BusiestDoctors, BusiestSpecialties } from './top-lists'
import { useDashboardRange } from './use-dashboard-range'

/** Hospital staff's overview of their own hospital over a date range kept in the address. */
export function HospitalDashboardPage() {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  const trpc = useTRPC()
  const [range, setRange] = useDashboardRange()
  const dashboard = useQuery({
    ...trpc.dashboards.hospital.queryOptions({ from: range.from, to: range.to }),
    placeholderData: keepPreviousData,
  })
  const data = dashboard.data
  // while the next range loads, the charts keep the days of the figures they still show
  const shownRange = useRef(range)
  if (data && !dashboard.isPlaceholderData) shownRange.current = range

  const count = (status: string) =>
    (data?.perDay ?? []).filter((row) => row.status === status).reduce((sum, row) => sum + row.count, 0)
  const total = (data?.perDay ?? []).reduce((sum, row) => sum + row.count, 0)
  const cancelled = count('cancelled')
  const standing = total - cancelled - count('rescheduled')

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('dashboards.hospital.title')} description={t('dashboards.hospital.description')} />
      <DateRangePicker range={range} onChange={setRange} />

      {dashboard.isError && !data ? (
        <ErrorState
          title={t('dashboards.hospital.errorTitle')}
          onRetry={() => void dashboard.refetch()}
          retrying={dashboard.isRefetching}
        />
      ) : !data ? (
        <DashboardSkeleton />
      ) : (
        <div
          className={
            dashboard.isPlaceholderData
              ? 'flex flex-col gap-6 opacity-60 transition-opacity'
              : 'flex flex-col gap-6 transition-opacity'
          }
          aria-busy={dashboard.isPlaceholderData || undefined}
        >
          <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
            <StatCard
              icon={CalendarCheck2}
              label={t('dashboards.hospital.kpi.appointments')}
              value={formatCount(total, language)}
              hint={t('dashboards.hospital.kpi.appointmentsHint', {
                standing: formatCount(standing, language),
                cancelled: formatCount(cancelled, language),
              })}
            />
            <StatCard
              icon={UserX}
              label={t('dashboards.hospital.kpi.noShowRate')}
              value={data.noShowRate === null ? '—' : formatPercent(data.noShowRate, language)}
              hint={
                data.noShowRate === null
                  ? t('dashboards.hospital.kpi.noShowNone')
                  : t('dashboards.hospital.kpi.noShowHint')
              }
            />
            <StatCard
              icon={CircleDollarSign}
              label={t('dashboards.hospital.kpi.revenue')}
              value={formatVnd(data.revenueTotal)}
              hint={t('dashboards.hospital.kpi.revenueHint')}
            />
            <StatCard
              icon={Star}
              label={t('dashboards.hospital.kpi.rating')}
              value={
                data.rating.count > 0
                  ? t('dashboards.hospital.kpi.ratingValue', { rating: formatRating(data.rating.average, language) })
                  : '—'
              }
              hint={
                data.rating.count > 0
                  ? t('dashboards.hospital.kpi.ratingHint', { count: data.rating.count })
                  : t('dashboards.hospital.kpi.ratingNone')
              }
            />
          </div>
          <AppointmentsChart perDay={data.perDay} range={shownRange.current} />
          <RevenueChart revenue={data.revenue} total={data.revenueTotal} range={shownRange.current} />
          <div className="grid gap-6 xl:grid-cols-2">
            <BusiestDoctors doctors={data.busiestDoctors} />
            <BusiestSpecialties specialties={data.busiestSpecialties} byType={data.byType} />
          </div>
        </div>
      )}
    </div>
  )
}
