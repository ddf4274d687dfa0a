import { FileDown } from 'lucide-react'
import { useTranslation } from 'react-i18next'

interface ReceiptLinkProps {
  /** payment.receiptUrl: "/files/receipts/<id>.pdf" */
  url: string
  /** a fuller name for screen readers where several receipts are listed */
  label?: string
}

/** The payment's PDF receipt, in the language the patient reads the app in. */
export function ReceiptLink({ url, label }: ReceiptLinkProps) {
  const { t, i18n } = useTranslation()
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'vi'
  return (
    <a
      href={`${url}?lang=${lang}`}
      target="_blank"
      rel="noopener"
      aria-label={label}
      className="inline-flex items-center gap-1.5 text-sm font-semibold text-primary-700 underline-offset-4 hover:underline"
    >
      <FileDown className="size-4" aria-hidden="true" />
      {t('payments.receipt.download')}
    </a>
  )
}
