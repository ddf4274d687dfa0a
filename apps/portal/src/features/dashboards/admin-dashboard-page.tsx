import type { TAdminDashboard } from '@medbook/contracts'
import {
  cn,
  ErrorState,
  PageHeader,
  SectionCard,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '@medbook/ui'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Building2, CalendarCheck2, Stethoscope, UsersRound } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { useTRPC } from '../../lib/trpc'
import { formatCount } from './dashboard-format'
import { AccountsGrowthChart, AppointmentsGrowthChart } from './growth-charts'
import { PendingCard } from './pending-card'
import { DashboardSkeleton, StatCard } from './stat-card'

const WEEK_CHOICES = [12, 26, 52] as const
const DEFAULT_WEEKS = 12

/** ?weeks=12|26|52 in the address; anything else shows the default. */
function useWeeks() {
  const [params, setParams] = useSearchParams()
  const raw = Number(params.get('weeks'))
  const weeks = (WEEK_CHOICES as readonly number[]).includes(raw) ? raw : DEFAULT_WEEKS
  const setWeeks = (next: number) =>
    setParams(
      (current) => {
        const merged = new URLSearchParams(current)
        merged.set('weeks', String(next))
        return merged
      },
      { replace: true },
    )
  return [weeks, setWeeks] as const
}

function UsersByRole({ rows }: { rows: TAdminDashboard['usersByRole'] }) {
  const { t, i18n } = useTranslation()
  return (
    <SectionCard title={t('dashboards.admin.roles.title')}>
      <div className="-mx-5 -mb-5 overflow-x-auto sm:-mx-6 sm:-mb-6">
        <Table label={t('dashboards.admin.roles.caption')}>
          <TableHead>
            <tr>
              <TableHeaderCell>{t('dashboards.admin.roles.role')}</TableHeaderCell>
              <TableHeaderCell className="text-right">{t('dashboards.admin.roles.count')}</TableHeaderCell>
            </tr>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.role}>
                <TableCell>{t(`roles.${row.role}`)}</TableCell>
                <TableCell className="text-right tabular-nums">{formatCount(row.count, i18n.language)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </SectionCard>
  )
}

/** Administrators' overview of the platform: totals, weekly growth, what waits for verification. */
export function AdminDashboardPage() {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  const trpc = useTRPC()
  const [weeks, setWeeks] = useWeeks()
  const dashboard = useQuery({ ...trpc.dashboards.admin.queryOptions({ weeks }), placeholderData: keepPreviousData })
  const data = dashboard.data

  const users = (data?.usersByRole ?? []).reduce((sum, row) => sum + row.count, 0)
  const hospitals = (data?.hospitals ?? []).reduce((sum, row) => sum + row.count, 0)
  const activeHospitals = (data?.hospitals ?? [])
    .filter((row) => row.status === 'active' && row.verified)
    .reduce((sum, row) => sum + row.count, 0)
  const doctors = (data?.doctorsByStatus ?? []).reduce((sum, row) => sum + row.count, 0)
  const approved = data?.doctorsByStatus.find((row) => row.status === 'approved')?.count ?? 0

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('dashboards.admin.title')} description={t('dashboards.admin.description')} />
      <fieldset className="inline-flex max-w-full gap-1 self-start rounded-xl bg-surface-muted p-1">
        <legend className="sr-only">{t('dashboards.admin.weeksLegend')}</legend>
        {WEEK_CHOICES.map((choice) => (
          <button
            key={choice}
            type="button"
            aria-pressed={weeks === choice}
            onClick={() => setWeeks(choice)}
            className={cn(
              'inline-flex h-10 cursor-pointer items-center justify-center rounded-lg px-4 text-sm font-semibold',
              weeks === choice ? 'bg-surface text-primary-800 shadow-card' : 'text-ink-muted hover:text-ink',
            )}
          >
            {t('dashboards.admin.weeks', { count: choice })}
          </button>
        ))}
      </fieldset>

      {dashboard.isError && !data ? (
        <ErrorState
          title={t('dashboards.admin.errorTitle')}
          onRetry={() => void dashboard.refetch()}
          retrying={dashboard.isRefetching}
        />
      ) : !data ? (
        <DashboardSkeleton charts={3} />
      ) : (
        <div
          className={cn('flex flex-col gap-6 transition-opacity', dashboard.isPlaceholderData && 'opacity-60')}
          aria-busy={dashboard.isPlaceholderData || undefined}
        >
          <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
            <StatCard icon={UsersRound} label={t('dashboards.admin.kpi.users')} value={formatCount(users, language)} />
            <StatCard
              icon={Building2}
              label={t('dashboards.admin.kpi.hospitals')}
              value={formatCount(hospitals, language)}
              hint={t('dashboards.admin.kpi.hospitalsHint', { active: formatCount(activeHospitals, language) })}
            />
            <StatCard
              icon={Stethoscope}
              label={t('dashboards.admin.kpi.doctors')}
              value={formatCount(doctors, language)}
              hint={t('dashboards.admin.kpi.doctorsHint', { approved: formatCount(approved, language) })}
            />
            <StatCard
              icon={CalendarCheck2}
              label={t('dashboards.admin.kpi.appointments')}
              value={formatCount(data.appointmentsLast30Days, language)}
              hint={t('dashboards.admin.kpi.appointmentsHint')}
            />
          </div>
          <div className="grid gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
            <PendingCard pending={data.pending} oldest={data.oldestPending} />
            <UsersByRole rows={data.usersByRole} />
          </div>
          <AccountsGrowthChart growth={data.growth} />
          <AppointmentsGrowthChart growth={data.growth} />
        </div>
      )}
    </div>
  )
}
