import type { ZHospitalPaymentsInput } from '@medbook/contracts'
import { formatVnd } from '@medbook/ui'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { useTRPC } from '../../lib/trpc'

type TotalsFilters = Omit<z.input<typeof ZHospitalPaymentsInput>, 'cursor' | 'limit'> & { hospitalId?: string }

/** Sums of every payment the filters match (all pages): collected, refunded, still pending, net. */
export function FilterTotals({ filters }: { filters: TotalsFilters }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const totals = useQuery({ ...trpc.payments.totals.queryOptions(filters), placeholderData: keepPreviousData })
  if (!totals.data) return null
  const { count, collected, refunded, pending, net } = totals.data
  const figures = [
    { key: 'collected', label: t('payments.totals.collected'), value: collected },
    { key: 'refunded', label: t('payments.totals.refunded'), value: refunded },
    { key: 'pending', label: t('payments.totals.pending'), value: pending },
    { key: 'net', label: t('payments.totals.net'), value: net },
  ]
  return (
    <section
      aria-label={t('payments.totals.label')}
      className="flex flex-wrap items-baseline gap-x-6 gap-y-2 border-b border-border px-4 py-3 text-sm"
      data-testid="payment-totals"
    >
      <p className="font-semibold text-ink">
        {t('payments.totals.label')}: {t('payments.totals.count', { count })}
      </p>
      <dl className="flex flex-wrap gap-x-6 gap-y-1">
        {figures.map((figure) => (
          <div key={figure.key} className="flex gap-1.5">
            <dt className="text-ink-muted">{figure.label}</dt>
            <dd className="font-semibold text-ink tabular-nums">{formatVnd(figure.value)}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
