import { EmptyState } from '@medbook/ui'
import { useInfiniteQuery } from '@tanstack/react-query'
import { ReceiptText } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { PagedResults } from '../../lib/paged-results'
import { useTRPC } from '../../lib/trpc'
import { RequirePatient } from '../auth/require-patient'
import { PaymentCard } from './payment-card'

const PAGE_SIZE = 10

export function PaymentsPage() {
  return (
    <RequirePatient>
      <PaymentHistory />
    </RequirePatient>
  )
}

/** The patient's payments, their family's visits included, newest first. */
function PaymentHistory() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const results = useInfiniteQuery(
    trpc.payments.mine.infiniteQueryOptions(
      { limit: PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  )

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-6 sm:px-6 sm:py-10">
      <div>
        <h1 className="text-2xl font-bold tracking-tight text-ink sm:text-3xl">{t('payments.history.title')}</h1>
        <p className="mt-1 text-sm text-ink-muted sm:text-base">{t('payments.history.description')}</p>
      </div>
      <PagedResults
        results={results}
        skeletonClassName="h-40 rounded-2xl"
        errorTitle={t('payments.history.errorTitle')}
        empty={
          <EmptyState
            icon={ReceiptText}
            title={t('payments.history.empty')}
            description={t('payments.history.emptyHint')}
          />
        }
      >
        {(payments) => (
          <ul className="flex flex-col gap-4">
            {payments.map((payment) => (
              <li key={payment.id}>
                <PaymentCard payment={payment} />
              </li>
            ))}
          </ul>
        )}
      </PagedResults>
    </div>
  )
}
