import { cn, ErrorState, formatVnd } from '@medbook/ui'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Banknote, Clock, Undo2, Wallet } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { formatCount, formatPercent } from '../dashboards/dashboard-format'
import type { DateRange } from '../dashboards/date-range'
import { DashboardSkeleton, StatCard } from '../dashboards/stat-card'
import { ByHospitalTable, ByMethodTable, ByStatusTable } from './overview-tables'

/** The platform's money over a range of Vietnamese days: headline figures, then by method, hospital and status. */
export function PaymentsOverview({ range }: { range: DateRange }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  const trpc = useTRPC()
  const overview = useQuery({
    ...trpc.payments.platformOverview.queryOptions({ from: range.from, to: range.to }),
    placeholderData: keepPreviousData,
  })
  const data = overview.data
  if (overview.isError && !data) {
    return <ErrorState onRetry={() => void overview.refetch()} retrying={overview.isRefetching} />
  }
  if (!data) return <DashboardSkeleton charts={1} />
  const { totals } = data
  return (
    <div
      className={cn('flex flex-col gap-6 transition-opacity', overview.isPlaceholderData && 'opacity-60')}
      aria-busy={overview.isPlaceholderData || undefined}
      data-testid="payments-overview"
    >
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <StatCard
          icon={Banknote}
          label={t('payments.overview.taken')}
          value={formatVnd(totals.amount)}
          hint={t('payments.overview.takenHint', { count: totals.count })}
        />
        <StatCard
          icon={Undo2}
          label={t('payments.overview.refunded')}
          value={formatVnd(totals.refunded)}
          hint={t('payments.overview.refundedHint', {
            percent: formatPercent(totals.amount > 0 ? totals.refunded / totals.amount : 0, language),
          })}
        />
        <StatCard
          icon={Wallet}
          label={t('payments.overview.net')}
          value={formatVnd(totals.amount - totals.refunded)}
          hint={t('payments.overview.netHint')}
        />
        <StatCard
          icon={Clock}
          label={t('payments.overview.stale')}
          value={formatCount(data.pendingOlderThanReconcile, language)}
          hint={t('payments.overview.staleHint')}
        />
      </div>
      <div className="grid gap-6 xl:grid-cols-2">
        <ByMethodTable rows={data.byMethod} />
        <ByStatusTable rows={data.byStatus} />
      </div>
      <ByHospitalTable rows={data.byHospital} />
    </div>
  )
}
