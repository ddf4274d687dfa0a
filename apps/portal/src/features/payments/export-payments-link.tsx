import { buttonClassName } from '@medbook/ui'
import { Download } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { type PaymentFilters, paymentsCsvUrl } from './use-payment-filters'

/** The CSV of every payment the filters on screen match. */
export function ExportPaymentsLink({ filters }: { filters: PaymentFilters }) {
  const { t } = useTranslation()
  return (
    <a
      href={paymentsCsvUrl(filters)}
      download
      className={buttonClassName('secondary')}
      title={t('payments.exportHint')}
    >
      <Download aria-hidden="true" />
      {t('payments.exportCsv')}
    </a>
  )
}
