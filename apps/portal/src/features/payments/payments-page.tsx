import { Button, Card, PageHeader } from '@medbook/ui'
import { FileUp } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ExportPaymentsLink } from './export-payments-link'
import { ImportStatementDialog } from './import-statement-dialog'
import { PaymentFilters } from './payment-filters'
import { PaymentsList } from './payments-list'
import { STAFF_FILTER_KEYS, usePaymentFilters } from './use-payment-filters'

/** Hospital staff: their hospital's payments, filtered in the address bar, with refunds, transfers and statements. */
export function PaymentsPage() {
  const { t } = useTranslation()
  const filterState = usePaymentFilters(STAFF_FILTER_KEYS)
  const [importing, setImporting] = useState(false)

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t('payments.title')}
        description={t('payments.description')}
        actions={
          <>
            <ExportPaymentsLink filters={filterState.filters} />
            <Button onClick={() => setImporting(true)}>
              <FileUp aria-hidden="true" />
              {t('payments.importStatement')}
            </Button>
          </>
        }
      />
      <Card className="p-4 sm:p-5">
        <PaymentFilters state={filterState} showDates />
      </Card>
      <PaymentsList
        filters={filterState.filters}
        hasFilters={filterState.hasFilters}
        clearFilters={filterState.clearFilters}
        showHospital={false}
        canRefund
      />
      {importing ? <ImportStatementDialog onClose={() => setImporting(false)} /> : null}
    </div>
  )
}
