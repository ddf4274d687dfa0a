import { Card, PageHeader } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { DateRangePicker } from '../dashboards/date-range-picker'
import { useDashboardRange } from '../dashboards/use-dashboard-range'
import { ExportPaymentsLink } from './export-payments-link'
import { PaymentFilters } from './payment-filters'
import { PaymentsList } from './payments-list'
import { PaymentsOverview } from './payments-overview'
import { ADMIN_FILTER_KEYS, usePaymentFilters } from './use-payment-filters'

/** Admins: the platform's money over a date range, and every hospital's payments in that range. */
export function AdminPaymentsPage() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const [range, setRange] = useDashboardRange()
  const filterState = usePaymentFilters(ADMIN_FILTER_KEYS)
  const hospitals = useQuery(trpc.hospitals.search.queryOptions({ limit: 100 }))
  const listFilters = { ...filterState.filters, from: range.from, to: range.to }

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t('payments.adminTitle')}
        description={t('payments.adminDescription')}
        actions={<ExportPaymentsLink filters={listFilters} />}
      />
      <DateRangePicker range={range} onChange={setRange} />
      <PaymentsOverview range={range} />
      <section aria-labelledby="admin-payments-list" className="flex flex-col gap-4">
        <div>
          <h2 id="admin-payments-list" className="text-lg font-semibold text-ink">
            {t('payments.overview.listTitle')}
          </h2>
          <p className="text-sm text-ink-muted">{t('payments.overview.listHint')}</p>
        </div>
        <Card className="p-4 sm:p-5">
          <PaymentFilters
            state={filterState}
            showDates={false}
            hospitals={(hospitals.data?.items ?? []).map((hospital) => ({ id: hospital.id, name: hospital.name }))}
          />
        </Card>
        <PaymentsList
          filters={listFilters}
          hasFilters={filterState.hasFilters}
          clearFilters={filterState.clearFilters}
          showHospital
          canRefund={false}
        />
      </section>
    </div>
  )
}
